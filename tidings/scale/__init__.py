"""Scale-out backends for ingest. The stages and the single store writer stay the same."""
