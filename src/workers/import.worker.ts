/** Browser entry: the Web Worker that reads, fits and backtests a history file for the import view. */
import * as Comlink from 'comlink';
import { createImportApi } from './import-api.ts';

Comlink.expose(createImportApi());
