import { runMatrix } from "../../support/matrix";
import { entries } from "./hours.matrix";

runMatrix(entries);
