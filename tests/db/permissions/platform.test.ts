import { runMatrix } from "../../support/matrix";
import { entries } from "./platform.matrix";

runMatrix(entries);
