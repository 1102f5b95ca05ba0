import { runMatrix } from "../../support/matrix";
import { entries } from "./orderers.matrix";

runMatrix(entries);
