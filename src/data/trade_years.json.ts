import {emitTable} from "../node/emit.js";

emitTable("trade_years");
