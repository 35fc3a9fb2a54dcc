import {emitTable} from "../node/emit.js";

emitTable("excerpt_pins");
