import { runMatrix } from "../../support/matrix";
import { entries } from "./clients.matrix";

runMatrix(entries);
