import { runMatrix } from "../../support/matrix";
import { entries } from "./auth.matrix";

runMatrix(entries);
