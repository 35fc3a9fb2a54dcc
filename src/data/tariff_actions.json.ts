import {emitTable} from "../node/emit.js";

emitTable("tariff_actions");
