#!/usr/bin/env bash
# Class data sharing (AppCDS) for the packaged service, to measure its effect on startup (StartupBench, issue 18).
# Makes target/appcds/app (Spring Boot's extracted layout) and target/appcds/app.jsa, then runs StartupBench on it.
# Static archive from a class list: on Debian's OpenJDK 17.0.15 both Spring Boot's documented dynamic archive
# (-XX:ArchiveClassesAtExit) and a static dump with lambda proxies crash the JVM (SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), so the lambda proxies are left out.
# Usage, from the project folder after ./mvnw -o -q package -DskipTests:  bench/appcds.sh [runs]
set -euo pipefail
runs=${1:-5}
project=$(pwd)
jar=$(ls target/csp-transition-*.jar | grep -v original | head -1)
out=target/appcds
rm -rf "$out" && mkdir -p "$out/train"
java -Djarmode=tools -jar "$jar" extract --destination "$out/app"
app=$(ls "$project/$out"/app/csp-transition-*.jar)
# training run: the context refreshes (every bean, the rules, the engine), then the JVM exits
(cd "$out/train" && java -XX:DumpLoadedClassList=../classes.lst -Dspring.context.exit=onRefresh -jar "$app" \
    --spring.profiles.active=demo --csp.rules.directory="$project/rules" --csp.processes.directory="$project/processes" \
    > train.log 2>&1)
grep -v '^@lambda-proxy' "$out/classes.lst" > "$out/classes-nolambda.lst"
java -Xshare:dump -XX:SharedClassListFile="$out/classes-nolambda.lst" -XX:SharedArchiveFile="$out/app.jsa" -jar "$app" \
    > "$out/dump.log" 2>&1
./mvnw -o -q -Pbench test-compile exec:exec -Dbench.main=com.csptransition.bench.StartupBench \
    -Dbench.jvm=-Dstartup.jar="$app" "-Dbench.args=$runs -XX:SharedArchiveFile=$project/$out/app.jsa -Xshare:on"
