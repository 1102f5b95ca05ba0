import { runMatrix } from "../../support/matrix";
import { entries } from "./people.matrix";

runMatrix(entries);
