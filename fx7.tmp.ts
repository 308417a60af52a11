import { checkText } from './test/fuzz/properties.js';
console.log(checkText(process.argv[2]!.replace(/\\n/g, '\n').replace(/\\r/g, '\r')));
