import {emitTable} from "../node/emit.js";

emitTable("current_status");
