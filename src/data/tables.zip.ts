import {runLoader} from "../node/emit.js";
import {tablesArchive} from "../node/tablesArchive.js";

await runLoader(() => tablesArchive());
