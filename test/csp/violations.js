// Collects every CSP violation of the page, for the test to read (inline scripts are not allowed here).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
