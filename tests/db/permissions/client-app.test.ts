import { runMatrix } from "../../support/matrix";
import { entries } from "./client-app.matrix";

runMatrix(entries);
