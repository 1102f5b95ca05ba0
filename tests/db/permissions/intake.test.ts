import { runMatrix } from "../../support/matrix";
import { entries } from "./intake.matrix";

runMatrix(entries);
