#!/usr/bin/env node
console.log("oogo");
