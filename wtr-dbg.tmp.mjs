import base from './web-test-runner.config.mjs';
export default {...base, testFramework: {config: {timeout: 5000}}, testsFinishTimeout: 60000};
