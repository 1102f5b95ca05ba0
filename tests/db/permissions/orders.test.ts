import { runMatrix } from "../../support/matrix";
import { entries } from "./orders.matrix";

runMatrix(entries);
