import { runMatrix } from "../../support/matrix";
import { entries } from "./rights.matrix";

runMatrix(entries);
