@echo off
rem nianbao on Windows: runs target\nianbao.jar (built by "mvn -DskipTests package" when missing)
rem with the same options as the bash launcher. Double-click it, or nianbao.jar itself, to open
rem the page; give a command (convert, merge, extract, serve) to run it in this window.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\nianbao.jar"
if not exist "%JAR%" (
  echo nianbao: building %JAR% ^(first run: Maven fetches its libraries^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package
  if errorlevel 1 ( popd & exit /b 3 )
  popd
)
if "%NIANBAO_JAVA_OPTS%"=="" set "NIANBAO_JAVA_OPTS=-Xss4m -Xmx768m -Xlog:disable -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
if "%~1"=="" (
  java %NIANBAO_JAVA_OPTS% -jar "%JAR%" serve
) else (
  java %NIANBAO_JAVA_OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%
