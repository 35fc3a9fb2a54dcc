import {emitTable} from "../node/emit.js";

emitTable("changelog");
