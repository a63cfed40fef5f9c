@echo off
rem nianbao on Windows: runs target\nianbao.jar (built by "mvn -DskipTests package" when missing)
rem with the same options as the bash launcher. Double-click it, or nianbao.jar itself, to open
rem the page; give a command (convert, merge, extract, serve) to run it in this window.
rem Like the bash launcher, it starts the JVM with its quick compiler only (bench excepted) and a
rem class-data archive made from sample runs when the jar is new; NIANBAO_JAVA_OPTS adds options
rem after these, so that its own win (set NIANBAO_JAVA_OPTS=-Xmx2g).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\nianbao.jar"
set "ARCHIVE=%HERE%target\nianbao.jsa"
if not exist "%JAR%" (
  echo nianbao: building %JAR% ^(first run: Maven fetches its libraries^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package
  if errorlevel 1 ( popd & exit /b 3 )
  popd
)
rem The archive is made again when the jar's time or size is not the one it was made for.
for %%F in ("%JAR%") do set "STAMP=%%~tF %%~zF"
set "MADE_FOR="
if exist "%ARCHIVE%" if exist "%ARCHIVE%.stamp" set /p MADE_FOR=<"%ARCHIVE%.stamp"
if not "%MADE_FOR%"=="%STAMP%" call :archive
set "OPTS=-Xss4m -Xmx768m -Xlog:disable -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
set "QUICK= -XX:TieredStopAtLevel=1"
if /i "%~1"=="bench" set "QUICK="
set "OPTS=%OPTS%%QUICK%"
if exist "%ARCHIVE%" set OPTS=%OPTS% -XX:SharedArchiveFile="%ARCHIVE%"
if not "%NIANBAO_JAVA_OPTS%"=="" set "OPTS=%OPTS% %NIANBAO_JAVA_OPTS%"
if "%~1"=="" (
  java %OPTS% -jar "%JAR%" serve
) else (
  java %OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%

rem Trained on every input form and on merge: each run lists the classes it loads, and one archive
rem is made of both lists with the JDK's own. A failed step leaves no archive, never a failed run.
rem (call: a java that is itself a batch file returns here.)
:archive
set "SAMPLE=%TEMP%\nianbao-archive-%RANDOM%%RANDOM%"
mkdir "%SAMPLE%" 2>nul
del /q "%ARCHIVE%" "%ARCHIVE%.stamp" 2>nul
set "DATA=%HERE%test-data"
call java -XX:DumpLoadedClassList="%SAMPLE%\convert.classes" -XX:TieredStopAtLevel=1 -Xlog:disable -jar "%JAR%" convert -o "%SAMPLE%\out" "%DATA%\reports\haining-2020.txt" "%DATA%\hazards\html-2021-form-gbk.html" "%DATA%\forms\haining-2020.docx" "%DATA%\forms\html-2021-form-gbk.doc" "%DATA%\forms\haining-2020.pdf" >nul 2>&1
call java -XX:DumpLoadedClassList="%SAMPLE%\merge.classes" -XX:TieredStopAtLevel=1 -Xlog:disable -jar "%JAR%" merge -o "%SAMPLE%\merged.xlsx" "%DATA%\reports\haining-2020.txt" "%DATA%\reports\dinghai-2022.txt" >nul 2>&1
call java -XX:DumpLoadedClassList="%SAMPLE%\extract.classes" -XX:TieredStopAtLevel=1 -Xlog:disable -jar "%JAR%" extract "%DATA%\reports\haining-2020.txt" >nul 2>&1
copy /b "%SAMPLE%\convert.classes"+"%SAMPLE%\merge.classes"+"%SAMPLE%\extract.classes" "%SAMPLE%\all.classes" >nul 2>&1
call java -Xshare:dump -XX:SharedClassListFile="%SAMPLE%\all.classes" -XX:SharedArchiveFile="%ARCHIVE%" -Xlog:disable -cp "%JAR%" >nul 2>&1
if exist "%ARCHIVE%" (>"%ARCHIVE%.stamp" echo %STAMP%)
rmdir /s /q "%SAMPLE%" 2>nul
exit /b 0
