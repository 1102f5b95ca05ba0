import { runMatrix } from "../../support/matrix";
import { entries } from "./payroll.matrix";

runMatrix(entries);
