import { runMatrix } from "../../support/matrix";
import { entries } from "./invoicing.matrix";

runMatrix(entries);
