from newsreport.cli import main

raise SystemExit(main())
