#!/bin/sh
# Starts the example server beside this script, <name>.jar where <name> is this script's own name
# (a symbolic link to the script is followed), with the JVM options its numbers in
# docs/performance.md are measured with:
#   - the class-data archive <name>.jsa that the build recorded (a training run under
#     -XX:ArchiveClassesAtExit), when it is there: the classes a start needs are mapped from it instead
#     of being loaded from the jar, which takes about a third off the start;
#   - a heap that starts at 32 MB and grows on demand up to 256 MB: by default the JVM starts with 1/64
#     of the machine's memory, and G1 fills all of it with young generation under load;
#   - JVM warnings on stderr: a stdio server's stdout carries protocol messages only.
# JAVA_OPTS comes after these (JAVA_OPTS=-Xmx1g raises the limit); JAVA_HOME chooses the JVM.
self=$0
while [ -L "$self" ]; do
  link=$(readlink -- "$self")
  case $link in
    /*) self=$link ;;
    *) self=$(dirname -- "$self")/$link ;;
  esac
done
dir=$(CDPATH='' cd -- "$(dirname -- "$self")" && pwd) || exit 1
name=$(basename -- "$self")
java=java
if [ -n "$JAVA_HOME" ]; then
  java="$JAVA_HOME/bin/java"
fi
set -- -jar "$dir/$name.jar" "$@"
if [ -f "$dir/$name.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$dir/$name.jsa" "$@"
fi
# JAVA_OPTS is a list of options: split on purpose, but not globbed
set -f
# shellcheck disable=SC2086
exec "$java" -Xms32m -Xmx256m -Xlog:disable -Xlog:all=warning:stderr $JAVA_OPTS "$@"
