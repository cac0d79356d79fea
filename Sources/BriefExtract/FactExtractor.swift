// Fact extraction.
