# tenken — exchange messages (ja). Every id here must also exist in the other language's exchange.ftl.
