import { runMatrix } from "../../support/matrix";
import { entries } from "./benefits.matrix";

runMatrix(entries);
