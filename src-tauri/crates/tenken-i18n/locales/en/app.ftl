# tenken — app messages (en). Every id here must also exist in the other language's app.ftl.
