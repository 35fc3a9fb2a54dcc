import {emitTable} from "../node/emit.js";

emitTable("chip_rule_thresholds");
