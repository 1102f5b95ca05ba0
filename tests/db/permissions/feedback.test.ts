import { runMatrix } from "../../support/matrix";
import { entries } from "./feedback.matrix";

runMatrix(entries);
