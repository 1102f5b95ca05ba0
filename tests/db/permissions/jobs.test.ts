import { runMatrix } from "../../support/matrix";
import { entries } from "./jobs.matrix";

runMatrix(entries);
