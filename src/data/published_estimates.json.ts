import {emitTable} from "../node/emit.js";

emitTable("published_estimates");
