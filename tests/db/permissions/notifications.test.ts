import { runMatrix } from "../../support/matrix";
import { entries } from "./notifications.matrix";

runMatrix(entries);
