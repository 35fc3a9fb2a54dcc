import {toJson} from "../lib/wire.js";
import {readTableDocs} from "../node/tableDocs.js";

process.stdout.write(toJson(readTableDocs()));
