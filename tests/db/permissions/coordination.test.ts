import { runMatrix } from "../../support/matrix";
import { entries } from "./coordination.matrix";

runMatrix(entries);
