@echo off
rem agentry's launcher for Windows (cmd.exe). Runs agentry with the Java 17 or later of JAVA_HOME, else the one on
rem the PATH, from any folder; it writes nothing beside itself, so the installation may be read-only.
rem
rem As bin/agentry does on Linux and macOS: lib\ holds agentry.jar and its libraries side by side, run with the C1
rem compiler only and the serial collector; on first use a start-up archive is trained (class-data sharing on Java
rem 17 to 24, the AOT cache on 25 and later), one per mode, in %LOCALAPPDATA%\agentry (AGENTRY_CACHE_DIR overrides
rem it), keyed by agentry's version and build and by the Java installation. Archives are written under a name of
rem their own and then moved into place, so concurrent first runs are safe; a missing or unusable archive falls back
rem to a normal start. AGENTRY_JAVA_OPTS adds options for the JVM.
rem Written without parenthesised blocks, so that paths holding parentheses ("Program Files (x86)") cannot break it,
rem and without delayed expansion, so that arguments holding "!" pass unchanged.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"
set "JAR=%APP_HOME%\lib\agentry.jar"
if not exist "%JAR%" goto :no_jar

set "VERBOSE="
for %%A in (%*) do if "%%~A"=="--verbose" set "VERBOSE=1"

rem --- Java: JAVA_HOME first, else the PATH ---
set "JAVA="
if defined JAVA_HOME goto :java_from_home
for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA goto :no_java
for %%J in ("%JAVA%") do set "JAVA_BIN=%%~dpJ"
for %%J in ("%JAVA_BIN%..") do set "JH=%%~fJ"
goto :java_version

:java_from_home
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto :bad_java_home
for %%J in ("%JAVA_HOME%") do set "JH=%%~fJ"

:java_version
rem the version, from the installation's release file (no JVM started); a java without one is asked
set "JV="
set "JRV="
if not exist "%JH%\release" goto :ask_java
for /f "usebackq tokens=1,* delims==" %%a in ("%JH%\release") do if "%%a"=="JAVA_VERSION" set "JV=%%~b"
for /f "usebackq tokens=1,* delims==" %%a in ("%JH%\release") do if "%%a"=="JAVA_RUNTIME_VERSION" set "JRV=%%~b"
if defined JV goto :java_feature
:ask_java
for /f "tokens=1,2,*" %%a in ('call "%JAVA%" -XshowSettings:properties -version 2^>^&1') do if "%%a"=="java.specification.version" set "JV=%%c"
for /f "tokens=1,2,*" %%a in ('call "%JAVA%" -XshowSettings:properties -version 2^>^&1') do if "%%a"=="java.runtime.version" set "JRV=%%c"
:java_feature
set "FEATURE="
for /f "tokens=1,2 delims=.-+" %%a in ("%JV%") do set "FEATURE=%%a" & set "FEATURE_NEXT=%%b"
if "%FEATURE%"=="1" set "FEATURE=%FEATURE_NEXT%"
if not defined FEATURE goto :unknown_java
for /f "delims=0123456789" %%x in ("%FEATURE%") do goto :unknown_java
if %FEATURE% LSS 17 goto :old_java

rem flags for short runs: the C1 compiler only, the serial collector, no perf-data file, no JVM log lines
set JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=off
rem Java 24 and later warn when a library loads native code (JLine's terminal does) unless it is allowed
if %FEATURE% GEQ 24 set "JVM_OPTS=%JVM_OPTS% --enable-native-access=ALL-UNNAMED"

rem --- The start-up archive: one per mode, for the command line, the init wizard and the interactive shell ---
set "MODE=cli"
if "%~1"=="" set "MODE=shell"
if "%~1"=="init" set "MODE=init"
set "EXT=jsa"
if %FEATURE% GEQ 25 set "EXT=aot"

set "AG_VERSION=unknown"
set "AG_BUILD=unknown"
if exist "%APP_HOME%\lib\build-id" for /f "usebackq tokens=1,2" %%a in ("%APP_HOME%\lib\build-id") do set "AG_VERSION=%%a" & set "AG_BUILD=%%b"
set "CACHE_ROOT="
if defined LOCALAPPDATA set "CACHE_ROOT=%LOCALAPPDATA%\agentry"
if defined AGENTRY_CACHE_DIR set "CACHE_ROOT=%AGENTRY_CACHE_DIR%"
if not defined CACHE_ROOT goto :no_cache_root
rem the Java installation as a folder name: its runtime version and its path, without the characters a name cannot hold
set "JAVA_KEY=%JRV%-%JH%"
set "JAVA_KEY=%JAVA_KEY:\=_%"
set "JAVA_KEY=%JAVA_KEY::=_%"
set "JAVA_KEY=%JAVA_KEY: =_%"
set "JAVA_KEY=%JAVA_KEY:(=_%"
set "JAVA_KEY=%JAVA_KEY:)=_%"
set "CACHE=%CACHE_ROOT%\%AG_VERSION%-%AG_BUILD%\java-%FEATURE%-%JAVA_KEY%"
set "ARCHIVE=%CACHE%\%MODE%.%EXT%"
set "ARCHIVE_OPT="
if exist "%ARCHIVE%" goto :use_archive
if exist "%CACHE%\%MODE%.none" goto :run

rem --- Training: in a folder of its own, under a temporary name moved into place at the end ---
rem (existence checks rather than "mkdir || ...": they mean the same on every cmd, Wine's included)
set "UNIQUE=%RANDOM%%RANDOM%-%TIME::=%"
set "UNIQUE=%UNIQUE:,=%"
set "UNIQUE=%UNIQUE:.=%"
set "UNIQUE=%UNIQUE: =%"
set "WORK=%CACHE%\work.%UNIQUE%"
set "TMP_ARCHIVE=%ARCHIVE%.%UNIQUE%.tmp"
if exist "%WORK%\" goto :run
if not exist "%CACHE%\" mkdir "%CACHE%" >nul 2>&1
mkdir "%WORK%" >nul 2>&1
if not exist "%WORK%\" goto :cache_not_writable
set "RECORD=-XX:ArchiveClassesAtExit=%TMP_ARCHIVE%"
if "%EXT%"=="aot" set "RECORD=-XX:AOTCacheOutput=%TMP_ARCHIVE%"
echo agentry: preparing a faster start (once per build and Java, a few seconds)...>&2
pushd "%WORK%"
if "%MODE%"=="cli" goto :train_cli
if "%MODE%"=="init" goto :train_init
"%JAVA%" %JVM_OPTS% "%RECORD%" -Dspring.shell.history.enabled=false -jar "%JAR%" <nul >nul 2>&1
goto :trained
:train_cli
rem a team is generated, then updated (a new deployment, with an edit of ours to merge): the archived run reads
rem answers and state, renders, merges and writes, so generate, update and check all find their classes
"%JAVA%" %JVM_OPTS% -jar "%JAR%" generate --target "%WORK%\team" --project-type web-app --deployment aws --stack java-spring-boot <nul >nul 2>&1
if exist "%WORK%\team\CLAUDE.md" >>"%WORK%\team\CLAUDE.md" echo A line of ours.
rem with a manifest of each common kind beside it, read by --detect (the stored answers still win), so that detection
rem finds its readers' classes too
mkdir "%WORK%\team\.github\workflows" "%WORK%\team\web" 2>nul
>"%WORK%\team\web\package.json" echo {"dependencies": {"next": "16"}}
>"%WORK%\team\pyproject.toml" echo [project]
>>"%WORK%\team\pyproject.toml" echo dependencies = ["fastapi"]
>"%WORK%\team\go.mod" echo module example.com/m
>>"%WORK%\team\go.mod" echo require github.com/gin-gonic/gin v1.10.0
>"%WORK%\team\pom.xml" echo ^<project^>^<dependencies^>^<dependency^>^<groupId^>org.springframework.boot^</groupId^>^<artifactId^>spring-boot-starter-web^</artifactId^>^</dependency^>^</dependencies^>^</project^>
>"%WORK%\team\.github\workflows\deploy.yml" echo jobs:
>>"%WORK%\team\.github\workflows\deploy.yml" echo   deploy:
>>"%WORK%\team\.github\workflows\deploy.yml" echo     steps:
>>"%WORK%\team\.github\workflows\deploy.yml" echo       - run: flyctl deploy
>"%WORK%\team\fly.toml" echo app = 'web'
"%JAVA%" %JVM_OPTS% "%RECORD%" -jar "%JAR%" update --target "%WORK%\team" --deployment gcp --detect <nul >nul 2>&1
goto :trained
:train_init
rem the wizard on a terminal of its own over pipes, with Enter pressed at every prompt
"%JAVA%" %JVM_OPTS% "%RECORD%" -cp "%JAR%" dev.agentry.cli.InitRehearsal "%WORK%\team" <nul >nul 2>&1
:trained
popd
rmdir /s /q "%WORK%" >nul 2>&1
set "TRAINED="
for %%F in ("%TMP_ARCHIVE%") do if exist "%%~fF" if %%~zF GTR 0 set "TRAINED=1"
if defined TRAINED move /y "%TMP_ARCHIVE%" "%ARCHIVE%" >nul 2>&1
rem a run that made no archive will not make one next time either: agentry starts without one, and does not try again
if not defined TRAINED type nul >"%CACHE%\%MODE%.none" 2>nul
del /f /q "%TMP_ARCHIVE%" "%TMP_ARCHIVE%.config" >nul 2>&1
if not exist "%ARCHIVE%" goto :run

:use_archive
set "ARCHIVE_OPT=-XX:SharedArchiveFile=%ARCHIVE%"
if "%EXT%"=="aot" set "ARCHIVE_OPT=-XX:AOTCache=%ARCHIVE%"
"%JAVA%" %JVM_OPTS% "%ARCHIVE_OPT%" %AGENTRY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:cache_not_writable
if defined VERBOSE echo agentry: the cache folder %CACHE_ROOT% cannot be written: starting without a start-up archive.>&2
goto :run
:no_cache_root
if defined VERBOSE echo agentry: no cache folder (LOCALAPPDATA is not set): starting without a start-up archive.>&2
:run
"%JAVA%" %JVM_OPTS% %AGENTRY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:no_jar
echo agentry: %JAR% is missing; reinstall agentry (unpack its archive again).>&2
exit /b 1
:no_java
echo agentry: Java 17 or later is needed, and none was found (no JAVA_HOME, no java on the PATH).>&2
exit /b 1
:bad_java_home
echo agentry: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set it to a Java 17 or later installation, or unset it.>&2
exit /b 1
:unknown_java
echo agentry: Java 17 or later is needed; %JAVA% did not say which version it is.>&2
exit /b 1
:old_java
echo agentry: Java 17 or later is needed; found Java %JV% (%JAVA%). Set JAVA_HOME to Java 17 or later.>&2
exit /b 1
