// The cpprestsdk adapter: filled in by the ronde-server issue.
