"""Knowledge plugins: what a newsroom knows, asked through factcheck_verify_claim."""
