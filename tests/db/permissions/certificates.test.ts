import { runMatrix } from "../../support/matrix";
import { entries } from "./certificates.matrix";

runMatrix(entries);
