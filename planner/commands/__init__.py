"""One module per subcommand: NAME, add_parser(subparsers) and the function it runs."""
