import {emitTable} from "../node/emit.js";

emitTable("chip_rules");
