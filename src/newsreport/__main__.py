from newsreport.cli import run

run()
