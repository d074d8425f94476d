# tenken — app messages (ja). Every id here must also exist in the other language's app.ftl.
