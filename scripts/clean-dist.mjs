#!/usr/bin/env node
// Empties dist/ before a build (tsup.config.ts runs two builds at once, so neither cleans it).
import { rmSync } from "node:fs";

rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
