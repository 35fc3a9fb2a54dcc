import {emitTable} from "../node/emit.js";

emitTable("measure_status");
