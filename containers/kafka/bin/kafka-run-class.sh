#!/usr/bin/env bash
# kafka-run-class.sh CLASS [ARGS]: runs a class of the Kafka jars with the tools' logging (as in the Kafka distribution).
# shellcheck disable=SC2086 # KAFKA_HEAP_OPTS and KAFKA_OPTS are lists of options
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${KAFKA_OPTS:-} \
  -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties -cp '/opt/kafka/libs/*' "$@"
