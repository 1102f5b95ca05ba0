import { runMatrix } from "../../support/matrix";
import { entries } from "./admin.matrix";

runMatrix(entries);
