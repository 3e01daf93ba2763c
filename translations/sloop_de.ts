<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../core/swarm/serviceform.cpp" line="+126"/>
        <source>Update parallelism is how many tasks change at once: 0 (all) to 1000.</source>
        <translation>Die Update-Parallelität gibt an, wie viele Tasks gleichzeitig wechseln: 0 (alle) bis 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update delay is a duration such as 10s or 1m.</source>
        <translation>Die Update-Verzögerung ist eine Dauer wie 10s oder 1m.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update monitor is a duration such as 5s.</source>
        <translation>Die Beobachtungszeit beim Update ist eine Dauer wie 5s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When an update fails Swarm can pause, continue or rollback.</source>
        <translation>Schlägt ein Update fehl, kann Swarm mit pause, continue oder rollback reagieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update order is stop-first or start-first.</source>
        <translation>Die Update-Reihenfolge ist stop-first oder start-first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A service needs an image, such as nginx:1.25.</source>
        <translation>Ein Dienst braucht ein Image, zum Beispiel nginx:1.25.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A global service runs one task per node; leave replicas out.</source>
        <translation>Ein globaler Dienst führt einen Task pro Knoten aus; lassen Sie die Replikate weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicas is a whole number from 0 to 1000.</source>
        <translation>Die Zahl der Replikate ist eine ganze Zahl von 0 bis 1000.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a port to publish: use PUBLISHED:TARGET, with /udp and ,mode=host when needed (8080:80).</source>
        <translation>„%1“ ist kein zu veröffentlichender Port: Verwenden Sie PUBLISHED:TARGET, bei Bedarf mit /udp und ,mode=host (8080:80).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>„%1“ hat nicht die Form schlüssel=wert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a placement constraint such as node.role==worker or node.labels.zone==a.</source>
        <translation>„%1“ ist keine Platzierungsbedingung wie node.role==worker oder node.labels.zone==a.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a mount: use type=volume,src=NAME,dst=/path (or type=bind with an absolute src; add ,ro to read only).</source>
        <translation>„%1“ ist kein Mount: Verwenden Sie type=volume,src=NAME,dst=/path (oder type=bind mit einem absoluten src; hängen Sie ,ro an, um nur lesend einzuhängen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPUs is a number above 0, for example 0.5 or 2.</source>
        <translation>Die CPU-Angabe ist eine Zahl über 0, zum Beispiel 0.5 oder 2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory is a size of at least 4m, such as 256m or 1g.</source>
        <translation>Der Speicher ist eine Größe von mindestens 4m, zum Beispiel 256m oder 1g.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restart condition is none, on-failure or any.</source>
        <translation>Die Neustart-Bedingung ist none, on-failure oder any.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a duration such as 5s or 1m.</source>
        <translation>„%1“ ist keine Dauer wie 5s oder 1m.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health retries is a whole number from 1 to 100.</source>
        <translation>Die Zahl der Wiederholungen der Gesundheitsprüfung ist eine ganze Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <location filename="../core/swarm/composefile.cpp" line="+138"/>
        <source>ports: &quot;%1&quot; is not used; ignored</source>
        <translation>ports: „%1“ wird nicht verwendet und ignoriert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>volumes: &quot;%1&quot; is not used; ignored</source>
        <translation>volumes: „%1“ wird nicht verwendet und ignoriert</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+36"/>
        <location line="+36"/>
        <location line="+25"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not used; ignored</source>
        <translation>%1: „%2“ wird nicht verwendet und ignoriert</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1: &quot;%2&quot; is not a duration such as 5s or 1m30s</source>
        <translation>%1: „%2“ ist keine Dauer wie 5s oder 1m30s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs a test</source>
        <translation>%1 braucht einen Prüfbefehl (test)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is replicated or global, not &quot;%2&quot;</source>
        <translation>%1 ist replicated oder global, nicht „%2“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1.%2: &quot;%3&quot; is not used; ignored</source>
        <translation>%1.%2: „%3“ wird nicht verwendet und ignoriert</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: %2 has no value here; left out</source>
        <translation>%1: %2 hat hier keinen Wert und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not supported in a stack; ignored</source>
        <translation>%1 wird in einem Stack nicht unterstützt und ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Compose key Sloop knows; ignored</source>
        <translation>%1 ist kein Compose-Schlüssel, den Sloop kennt; ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs an image (a stack cannot build one)</source>
        <translation>%1 braucht ein Image (ein Stack kann keines bauen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a stack name: up to 50 lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein Stack-Name: bis zu 50 Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Compose file</source>
        <translation>die Compose-Datei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>version %1: stacks read version 3 files; keys of other versions may be ignored</source>
        <translation>version %1: Stacks lesen Dateien der Version 3; Schlüssel anderer Versionen werden möglicherweise ignoriert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 are not supported in a stack yet; ignored</source>
        <translation>%1 werden in einem Stack noch nicht unterstützt und ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a Compose key Sloop knows; ignored</source>
        <translation>„%1“ ist kein Compose-Schlüssel, den Sloop kennt; ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Compose file has no services.</source>
        <translation>Die Compose-Datei enthält keine Dienste.</translation>
    </message>
</context>
<context>
    <name>AdminApi</name>
    <message>
        <location filename="../core/controlplane/adminapi.cpp" line="+262"/>
        <source>No owner answers at %1: %2</source>
        <translation>Unter %1 antwortet kein Besitzer: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The owner did not answer %1 %2.</source>
        <translation>Der Besitzer hat auf %1 %2 nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../core/alarms/alarmperiods.cpp" line="+16"/>
        <source>There is no metric store to read.</source>
        <translation>Es gibt keinen Metrikspeicher zum Lesen.</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmcommandrunner.cpp" line="+111"/>
        <source>Command stopped after %1 s (time limit).</source>
        <translation>Befehl nach %1 s angehalten (Zeitlimit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command crashed.</source>
        <translation>Befehl ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command exited with status %1.</source>
        <translation>Befehl endete mit Status %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Command could not start: %1</source>
        <translation>Befehl konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmevaluator.cpp" line="+33"/>
        <source>Threshold crossed: %1 of the last %2 datapoints %3 were %4 the threshold (%5).</source>
        <translation>Schwellenwert verletzt: %1 der letzten %2 Datenpunkte %3 waren %4 %5 (Schwellenwert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold not crossed: %1 of the last %2 datapoints %3 were %4 the threshold (%5).</source>
        <translation>Schwellenwert nicht verletzt: %1 der letzten %2 Datenpunkte %3 waren %4 %5 (Schwellenwert).</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>No datapoints in the last %n period(s).</source>
        <translation>
            <numerusform>Keine Datenpunkte im letzten %n Zeitraum.</numerusform>
            <numerusform>Keine Datenpunkte in den letzten %n Zeiträumen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing data is ignored.</source>
        <translation>Fehlende Daten werden ignoriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing data is treated as breaching.</source>
        <translation>Fehlende Daten gelten als Schwellenwertverletzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing data is treated as not breaching.</source>
        <translation>Fehlende Daten gelten nicht als Schwellenwertverletzung.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n missing datapoint(s) treated as breaching.</source>
        <translation>
            <numerusform>%n fehlender Datenpunkt als Schwellenwertverletzung gewertet.</numerusform>
            <numerusform>%n fehlende Datenpunkte als Schwellenwertverletzung gewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing datapoint(s) treated as not breaching.</source>
        <translation>
            <numerusform>%n fehlender Datenpunkt nicht als Schwellenwertverletzung gewertet.</numerusform>
            <numerusform>%n fehlende Datenpunkte nicht als Schwellenwertverletzung gewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Datapoints since the first breach %n period(s) ago are breaching or missing.</source>
        <translation>
            <numerusform>Die Datenpunkte seit der ersten Verletzung vor %n Zeitraum verletzen den Schwellenwert oder fehlen.</numerusform>
            <numerusform>Die Datenpunkte seit der ersten Verletzung vor %n Zeiträumen verletzen den Schwellenwert oder fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmrepository.cpp" line="+50"/>
        <source>Not evaluated yet.</source>
        <translation>Noch nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+28"/>
        <source>There is already an alarm named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Alarm namens „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>The alarm &quot;%1&quot; no longer exists.</source>
        <translation>Den Alarm „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no alarm named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Alarm namens „%1“.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The stored alarm &quot;%1&quot; cannot be read (written by a newer Sloop?).</source>
        <translation>Der gespeicherte Alarm „%1“ kann nicht gelesen werden (von einer neueren Sloop-Version geschrieben?).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The alarm no longer exists.</source>
        <translation>Den Alarm gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>A stored history entry of &quot;%1&quot; cannot be read.</source>
        <translation>Ein gespeicherter Verlaufseintrag von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmservice.cpp" line="+256"/>
        <source>%1 5xx errors</source>
        <translation>%1 5xx-Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 throttled</source>
        <translation>%1 gedrosselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 CPU over 80%</source>
        <translation>%1 CPU über 80 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 status check failed</source>
        <translation>%1 Statusprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 disk over 90%</source>
        <translation>%1 Datenträger über 90 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 memory over 90%</source>
        <translation>%1 Speicher über 90 %</translation>
    </message>
    <message>
        <location filename="../core/alarms/alarmtypes.cpp" line="+145"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greater than or equal to</source>
        <translation>größer oder gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than or equal to</source>
        <translation>kleiner oder gleich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Treat as missing</source>
        <translation>Als fehlend behandeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore (keep the state)</source>
        <translation>Ignorieren (Zustand beibehalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treat as breaching</source>
        <translation>Als Schwellenwertverletzung behandeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treat as not breaching</source>
        <translation>Nicht als Schwellenwertverletzung behandeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insufficient data</source>
        <translation>Unzureichende Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In alarm</source>
        <translation>Im Alarmzustand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU utilization</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk used (fullest mount)</source>
        <translation>Belegter Datenträger (vollster Mount)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network in</source>
        <translation>Netzwerk eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network out</source>
        <translation>Netzwerk ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk reads</source>
        <translation>Datenträger-Lesevorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk writes</source>
        <translation>Datenträger-Schreibvorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status check failed</source>
        <translation>Statusprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status check: reachable</source>
        <translation>Statusprüfung: erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status check: SSH answers</source>
        <translation>Statusprüfung: SSH antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status check: health</source>
        <translation>Statusprüfung: Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load average (1 min)</source>
        <translation>Durchschnittliche Last (1 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load average (5 min)</source>
        <translation>Durchschnittliche Last (5 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap used</source>
        <translation>Belegter Swap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used (bytes)</source>
        <translation>Belegter Speicher (Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers running</source>
        <translation>Laufende Container</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 %3 %4%5 for %6 of %7 periods of %8</source>
        <translation>%1 von %2 %3 %4%5 in %6 von %7 Zeiträumen zu je %8</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The alarm needs a name.</source>
        <translation>Der Alarm braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 255 characters.</source>
        <translation>Der Name ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name holds control or text-direction characters; use printable text.</source>
        <translation>Der Name enthält Steuer- oder Textrichtungszeichen; verwenden Sie druckbaren Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name starts or ends with white space.</source>
        <translation>Der Name beginnt oder endet mit Leerraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name cannot start with &apos;-&apos;.</source>
        <translation>Der Name darf nicht mit &apos;-&apos; beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a target: use host/NAME, container/ENGINE/NAME or engine/NAME.</source>
        <translation>„%1“ ist kein Ziel: verwenden Sie host/NAME, container/ENGINE/NAME oder engine/NAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a metric an alarm can watch (for example cpu, memory, disk, net_in, status_check_failed).</source>
        <translation>„%1“ ist keine Metrik, die ein Alarm überwachen kann (zum Beispiel cpu, memory, disk, net_in, status_check_failed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The threshold must be a number.</source>
        <translation>Der Schwellenwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period must be whole minutes, from 1 minute to 1 day (%1 seconds given).</source>
        <translation>Der Zeitraum muss aus ganzen Minuten bestehen, von 1 Minute bis 1 Tag (angegeben: %1 Sekunden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation periods must be from 1 to %1.</source>
        <translation>Die Auswertungszeiträume müssen zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation periods × period must stay within 7 days.</source>
        <translation>Auswertungszeiträume × Zeitraum dürfen 7 Tage nicht überschreiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datapoints to alarm must be from 1 to the number of evaluation periods (%1).</source>
        <translation>Die Datenpunkte für den Alarm müssen zwischen 1 und der Zahl der Auswertungszeiträume (%1) liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command is longer than %1 characters.</source>
        <translation>Der Befehl ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command holds control characters.</source>
        <translation>Der Befehl enthält Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>AwsApi</name>
    <message>
        <location filename="../core/awsapi/accesskeys.cpp" line="+53"/>
        <source>The secret could not be kept in the keychain: %1</source>
        <translation>Der geheime Schlüssel konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no access key %1.</source>
        <translation>Es gibt keinen Zugriffsschlüssel %1.</translation>
    </message>
    <message>
        <location filename="../core/awsapi/lambdaapi.cpp" line="+164"/>
        <source>Unknown operation.</source>
        <translation>Unbekannte Operation.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown operation %1 %2.</source>
        <translation>Unbekannte Operation %1 %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>X-Amz-Invocation-Type must be RequestResponse, Event or DryRun.</source>
        <translation>X-Amz-Invocation-Type muss RequestResponse, Event oder DryRun sein.</translation>
    </message>
    <message>
        <location filename="../core/awsapi/sigv4.cpp" line="+141"/>
        <source>Missing Authentication Token</source>
        <translation>Missing Authentication Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Authorization header is not an AWS Signature Version 4 (AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…).</source>
        <translation>Der Authorization-Header ist keine AWS Signature Version 4 (AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credential should be scoped to correct service: &apos;%1&apos;.</source>
        <translation>Credential should be scoped to correct service: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host header must be signed.</source>
        <translation>Der Host-Header muss signiert sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request has no X-Amz-Date header.</source>
        <translation>Die Anfrage hat keinen X-Amz-Date-Header.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X-Amz-Date is not a date of the credential&apos;s day.</source>
        <translation>X-Amz-Date liegt nicht auf dem Tag, für den die Credential ausgestellt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature expired: %1 is not within 5 minutes of this machine&apos;s time. Check both clocks.</source>
        <translation>Signature expired: %1 is not within 5 minutes of this machine&apos;s time. Check both clocks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The security token included in the request is invalid.</source>
        <translation>The security token included in the request is invalid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provided &apos;x-amz-content-sha256&apos; header does not match what was computed.</source>
        <translation>The provided &apos;x-amz-content-sha256&apos; header does not match what was computed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.</source>
        <translation>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../core/batch/batchjson.cpp" line="+189"/>
        <source>A job&apos;s stored container properties are not JSON.</source>
        <translation>Die gespeicherten Container-Eigenschaften eines Jobs sind kein JSON.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored job definition %1 is not JSON.</source>
        <translation>Die gespeicherte Job-Definition %1 ist kein JSON.</translation>
    </message>
    <message>
        <location filename="../core/batch/batchquickstart.cpp" line="+45"/>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/batch/batchrows.h" line="+121"/>
        <source>There is no compute environment called &quot;%1&quot;.</source>
        <translation>Es gibt keine Rechenumgebung namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no job queue called &quot;%1&quot;.</source>
        <translation>Es gibt keine Job-Warteschlange namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <location filename="../core/batch/batchrepository.cpp" line="+35"/>
        <source>There is already a compute environment called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Rechenumgebung namens „%1“.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The job queue &quot;%1&quot; uses the compute environment &quot;%2&quot;: remove the queue first.</source>
        <translation>Die Job-Warteschlange „%1“ verwendet die Rechenumgebung „%2“: Entfernen Sie zuerst die Warteschlange.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is already a job queue called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Job-Warteschlange namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The job queue &quot;%1&quot; has %n unfinished job(s): cancel or terminate them first.</source>
        <translation>
            <numerusform>Die Job-Warteschlange „%1“ hat %n nicht abgeschlossenen Job: Brechen Sie ihn zuerst ab oder beenden Sie ihn.</numerusform>
            <numerusform>Die Job-Warteschlange „%1“ hat %n nicht abgeschlossene Jobs: Brechen Sie sie zuerst ab oder beenden Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/batch/batchjobs.cpp" line="+45"/>
        <location filename="../core/batch/batchrepository.cpp" line="+85"/>
        <source>There is no active job definition &quot;%1&quot;.</source>
        <translation>Es gibt keine aktive Job-Definition „%1“.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>jobName: up to 128 letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>jobName: bis zu 128 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>arrayProperties.size: from 2 to 10000 (not %1).</source>
        <translation>arrayProperties.size: von 2 bis 10000 (nicht %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dependsOn: at most 20 jobs.</source>
        <translation>dependsOn: höchstens 20 Jobs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job definition %1 was deregistered: submit with a revision that is active.</source>
        <translation>Die Job-Definition %1 wurde deregistriert: Reichen Sie den Job mit einer aktiven Revision ein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A SEQUENTIAL dependency is for array jobs.</source>
        <translation>Eine SEQUENTIAL-Abhängigkeit gilt nur für Array-Jobs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dependsOn: there is no job %1.</source>
        <translation>dependsOn: Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An N_TO_N dependency joins two array jobs of the same size (%1 has %2 children).</source>
        <translation>Eine N_TO_N-Abhängigkeit verbindet zwei Array-Jobs gleicher Größe (%1 hat %2 Kind-Jobs).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The job %1 was not stored.</source>
        <translation>Der Job %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/batch/batchtypes.cpp" line="+122"/>
        <source>computeEnvironmentName: up to 128 letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>computeEnvironmentName: bis zu 128 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A compute environment needs at least one engine.</source>
        <translation>Eine Rechenumgebung braucht mindestens eine Engine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maxvCpus: a number from 0.25 to 10000.</source>
        <translation>maxvCpus: eine Zahl von 0.25 bis 10000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum memory: a number of MiB from 0 (what the engines have) to 67108864.</source>
        <translation>Maximaler Speicher: eine Zahl in MiB von 0 (so viel, wie die Engines haben) bis 67108864.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>jobQueueName: up to 128 letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>jobQueueName: bis zu 128 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>priority: a whole number from 0 to 1000.</source>
        <translation>priority: eine ganze Zahl von 0 bis 1000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>computeEnvironmentOrder: one to three compute environments.</source>
        <translation>computeEnvironmentOrder: eine bis drei Rechenumgebungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image: the name of an image, without spaces.</source>
        <translation>image: der Name eines Images, ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vcpus: from 0.25 to 256, in steps of 0.25.</source>
        <translation>vcpus: von 0.25 bis 256, in Schritten von 0.25.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory: from 4 to 1048576 MiB.</source>
        <translation>memory: von 4 bis 1048576 MiB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retryStrategy.attempts: from 1 to 10.</source>
        <translation>retryStrategy.attempts: von 1 bis 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout.attemptDurationSeconds: at least 60 seconds.</source>
        <translation>timeout.attemptDurationSeconds: mindestens 60 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retryStrategy.evaluateOnExit: at most 5 rules.</source>
        <translation>retryStrategy.evaluateOnExit: höchstens 5 Regeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>environment: &quot;%1&quot; is not a name a job may set (names starting AWS_BATCH are Batch&apos;s own).</source>
        <translation>environment: „%1“ ist kein Name, den ein Job setzen darf (Namen, die mit AWS_BATCH beginnen, gehören Batch selbst).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>volumes: &quot;%1&quot; is not SOURCE:TARGET[:ro].</source>
        <translation>volumes: „%1“ hat nicht die Form SOURCE:TARGET[:ro].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>jobDefinitionName: up to 128 letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>jobDefinitionName: bis zu 128 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/batch/exitrules.cpp" line="+57"/>
        <source>evaluateOnExit: a rule needs onExitCode, onReason or onStatusReason.</source>
        <translation>evaluateOnExit: Eine Regel braucht onExitCode, onReason oder onStatusReason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>onExitCode: digits, optionally ending with &apos;*&apos; (&quot;%1&quot;).</source>
        <translation>onExitCode: Ziffern, optional mit &apos;*&apos; am Ende („%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>onReason and onStatusReason: letters, digits, &apos;.&apos;, &apos;:&apos; and spaces, optionally ending with &apos;*&apos; (&quot;%1&quot;).</source>
        <translation>onReason und onStatusReason: Buchstaben, Ziffern, &apos;.&apos;, &apos;:&apos; und Leerzeichen, optional mit &apos;*&apos; am Ende („%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not PATTERN:RETRY or PATTERN:EXIT (for example 137:RETRY, &quot;status=Host EC2*:RETRY&quot;).</source>
        <translation>„%1“ hat nicht die Form MUSTER:RETRY oder MUSTER:EXIT (zum Beispiel 137:RETRY, &quot;status=Host EC2*:RETRY&quot;).</translation>
    </message>
</context>
<context>
    <name>BatchApi</name>
    <message>
        <location filename="../core/awsapi/batchapi.cpp" line="+159"/>
        <source>Batch&apos;s operations are POST requests.</source>
        <translation>Die Operationen von Batch sind POST-Anfragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request body is not a JSON object.</source>
        <translation>Der Anfrage-Body ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>jobName, jobQueue and jobDefinition are required.</source>
        <translation>jobName, jobQueue und jobDefinition sind erforderlich.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>jobQueue or arrayJobId is required.</source>
        <translation>jobQueue oder arrayJobId ist erforderlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>jobStatus &quot;%1&quot; is not a job status.</source>
        <translation>jobStatus „%1“ ist kein Job-Status.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>jobId and reason are required.</source>
        <translation>jobId und reason sind erforderlich.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>type: only &quot;container&quot; job definitions run here.</source>
        <translation>type: Hier laufen nur Job-Definitionen vom Typ „container“.</translation>
    </message>
</context>
<context>
    <name>BatchDialogs</name>
    <message>
        <location filename="../widgets/batch/batchdialogs.cpp" line="+47"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Create compute environment</source>
        <translation>Rechenumgebung erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute environment name</source>
        <translation>Name der Rechenumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engines jobs may run on</source>
        <translation>Engines, auf denen Jobs laufen dürfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum vCPUs</source>
        <translation>Maximale vCPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>what the engines have</source>
        <translation>was die Engines haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum memory</source>
        <translation>Maximaler Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Engines:</source>
        <translation>&amp;Engines:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum &amp;vCPUs:</source>
        <translation>Maximale &amp;vCPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum &amp;memory:</source>
        <translation>Maximaler &amp;Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs start only where they fit: never more vCPUs or memory at once than this, nor more than an engine has.</source>
        <translation>Jobs starten nur dort, wo sie hineinpassen: nie mehr vCPUs oder Speicher gleichzeitig als hier angegeben und nie mehr, als eine Engine hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Create job queue</source>
        <translation>Job-Warteschlange erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job queue name</source>
        <translation>Name der Job-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nightly</source>
        <translation>nachts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute environment</source>
        <translation>Rechenumgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second compute environment</source>
        <translation>Zweite Rechenumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs on:</source>
        <translation>&amp;Läuft auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Then on:</source>
        <translation>&amp;Danach auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs in a queue start in the order they came. Where queues share an environment, the higher priority goes first.</source>
        <translation>Jobs in einer Warteschlange starten in der Reihenfolge ihres Eintreffens. Teilen sich Warteschlangen eine Umgebung, kommt die mit der höheren Priorität zuerst.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Register job definition</source>
        <translation>Job-Definition registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job definition name</source>
        <translation>Name der Job-Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resize-photos</source>
        <translation>fotos-verkleinern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sh -c &apos;echo hello from $AWS_BATCH_JOB_ID&apos;</source>
        <translation>sh -c &apos;echo hallo von $AWS_BATCH_JOB_ID&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry rules</source>
        <translation>Wiederholungsregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>137:RETRY 1:EXIT</source>
        <translation>137:RETRY 1:EXIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluateOnExit: exit codes (or reason=… status=… patterns ending in *) with RETRY or EXIT; the first match decides</source>
        <translation>evaluateOnExit: Exit-Codes (oder Muster reason=… status=…, die auf * enden) mit RETRY oder EXIT; der erste Treffer entscheidet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt timeout</source>
        <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attempts:</source>
        <translation>V&amp;ersuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry rules:</source>
        <translation>&amp;Wiederholungsregeln:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Zeitlimit pro Versuch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>Blueprints</name>
    <message>
        <location filename="../core/blueprints/blueprint.cpp" line="+18"/>
        <source>OS only</source>
        <translation>Nur Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps + OS</source>
        <translation>Apps + Betriebssystem</translation>
    </message>
    <message>
        <location filename="../core/blueprints/blueprintfile.cpp" line="+48"/>
        <source>%1: tcp or udp</source>
        <translation>%1: tcp oder udp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;port&quot; is required</source>
        <translation>%1: „port“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1.kind: one of http, tcp, command, none</source>
        <translation>%1.kind: eines von http, tcp, command, none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a %2 check needs a port</source>
        <translation>%1: eine %2-Prüfung braucht einen Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an http check needs a path starting with /</source>
        <translation>%1: eine http-Prüfung braucht einen Pfad, der mit / beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a command check needs a command</source>
        <translation>%1: eine command-Prüfung braucht einen Befehl</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: &quot;%2&quot; is not %3</source>
        <translation>%1: „%2“ ist ungültig, erwartet wird %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an id ([a-z0-9.-], at most 64)</source>
        <translation>eine ID ([a-z0-9.-], höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>os or apps</source>
        <translation>os oder apps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a relative file name such as icons/nginx.svg</source>
        <translation>ein relativer Dateiname wie icons/nginx.svg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an OS such as debian-12</source>
        <translation>ein Betriebssystem wie debian-12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a plan id such as small</source>
        <translation>eine Tarif-ID wie small</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sloop: id, name, category and base_os are required</source>
        <translation>sloop: id, name, category und base_os sind erforderlich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no &quot;---&quot; line: a blueprint is the sloop: metadata, a line &quot;---&quot;, then the #cloud-config user-data</source>
        <translation>keine Zeile „---“: Eine Vorlage besteht aus den sloop:-Metadaten, einer Zeile „---“ und dann der #cloud-config-user-data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the metadata document needs a &quot;sloop:&quot; mapping</source>
        <translation>das Metadaten-Dokument braucht ein Mapping „sloop:“</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/blueprints/cloudconfigparser.cpp" line="+103"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the user-data after &quot;---&quot; is empty; start it with #cloud-config</source>
        <translation>die user-data nach „---“ ist leer; sie muss mit #cloud-config beginnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot write the blueprint: %1</source>
        <translation>die Vorlage kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/blueprints/provisionplan.cpp" line="+14"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): the step&apos;s script is %3 KiB; a step must stay below %4 KiB</source>
        <translation>%1 (%2): das Skript des Schritts hat %3 KiB; ein Schritt muss unter %4 KiB bleiben</translation>
    </message>
    <message>
        <location filename="../core/blueprints/validationproblem.cpp" line="+14"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/blueprints/yamlreader.cpp" line="+67"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a string, not %2</source>
        <translation>%1 muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains a NUL character</source>
        <translation>%1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must be a list of strings, not %2</source>
        <translation>%1 muss eine Liste von Zeichenketten sein, nicht %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation>%1 muss ein Mapping (schlüssel: wert) sein, nicht %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a list (&quot;- item&quot; lines), not %2</source>
        <translation>%1 muss eine Liste (Zeilen „- eintrag“) sein, nicht %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a key must be a plain word</source>
        <translation>%1: ein Schlüssel muss ein einfaches Wort sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is given twice</source>
        <translation>%1: „%2“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../core/blueprints/blueprintcatalog.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 4 MiB</source>
        <translation>%1 ist größer als 4 MiB</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the built-in blueprints are broken:
%1</source>
        <translation>die eingebauten Vorlagen sind fehlerhaft:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the id &quot;%2&quot; is taken by another blueprint</source>
        <translation>%1: die ID „%2“ ist schon von einer anderen Vorlage belegt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a blueprint name cannot contain control characters, &apos;/&apos; or &apos;\&apos;</source>
        <translation>ein Vorlagenname darf keine Steuerzeichen, &apos;/&apos; oder &apos;\&apos; enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a blueprint name needs 1 to 64 characters</source>
        <translation>ein Vorlagenname braucht 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; gives no blueprint id: use some letters or digits</source>
        <translation>„%1“ ergibt keine Vorlagen-ID: einige Buchstaben oder Ziffern verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a blueprint with the id &quot;%1&quot; exists already</source>
        <translation>eine Vorlage mit der ID „%1“ gibt es bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user-data is not valid:
%1</source>
        <translation>die user-data ist ungültig:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own cloud-init user-data</source>
        <translation>Ihre eigene cloud-init-user-data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/blueprints/cloudconfigfiles.cpp" line="+93"/>
        <source>%1: the mode must be octal with a leading 0, such as 0644 or &apos;0644&apos;, not %2</source>
        <translation>%1: der Modus muss oktal mit führender 0 sein, etwa 0644 oder &apos;0644&apos;, nicht %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1.encoding: &quot;%2&quot; is not one of b64, base64, gz, gzip, gz+b64, gzip+base64, text/plain</source>
        <translation>%1.encoding: „%2“ ist keins von b64, base64, gz, gzip, gz+b64, gzip+base64, text/plain</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.content: !!binary is not valid base64</source>
        <translation>%1.content: !!binary ist kein gültiges base64</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.content: not valid %2 data (encoding: %3)</source>
        <translation>%1.content: keine gültigen %2-Daten (encoding: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.content: larger than 16 MiB</source>
        <translation>%1.content: größer als 16 MiB</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: &quot;%2&quot; must be an absolute file path</source>
        <translation>%1: „%2“ muss ein absoluter Dateipfad sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not USER or USER:GROUP</source>
        <translation>%1: „%2“ ist nicht BENUTZER oder BENUTZER:GRUPPE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;path&quot; is required</source>
        <translation>%1: „path“ ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/blueprints/cloudconfigmodules.cpp" line="+34"/>
        <source>%1: &quot;%2&quot; is not a Debian package name</source>
        <translation>%1: „%2“ ist kein Debian-Paketname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a package version</source>
        <translation>%1: „%2“ ist keine Paketversion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: a list entry is [name] or [name, version]</source>
        <translation>%1: ein Listeneintrag ist [name] oder [name, version]</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: an argv list needs at least a program</source>
        <translation>%1: eine argv-Liste braucht mindestens ein Programm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the command is empty</source>
        <translation>%1: der Befehl ist leer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1[%2]: a public key is one non-empty line</source>
        <translation>%1[%2]: ein öffentlicher Schlüssel ist eine einzelne, nicht leere Zeile</translation>
    </message>
    <message>
        <location filename="../core/blueprints/cloudconfigparser.cpp" line="-75"/>
        <source>%1: &quot;%2&quot; is not a valid host name (letters, digits and &apos;-&apos;, dot-separated labels of at most 63)</source>
        <translation>%1: „%2“ ist kein gültiger Hostname (Buchstaben, Ziffern und &apos;-&apos;, durch Punkte getrennte Teile mit höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timezone: &quot;%1&quot; is not a time zone name such as &quot;Europe/Berlin&quot; or &quot;UTC&quot;</source>
        <translation>timezone: „%1“ ist kein Zeitzonenname wie „Europe/Berlin“ oder „UTC“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>user-data that is a script (#!) is not supported: Sloop applies #cloud-config; put the commands under runcmd</source>
        <translation>user-data, die ein Skript ist (#!), wird nicht unterstützt: Sloop wendet #cloud-config an; die Befehle unter runcmd angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user-data must start with the line &quot;#cloud-config&quot;</source>
        <translation>user-data muss mit der Zeile „#cloud-config“ beginnen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>user-data must be one YAML document; remove the &quot;---&quot; line</source>
        <translation>user-data muss ein einziges YAML-Dokument sein; die Zeile „---“ entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>module &quot;%1&quot; is given twice</source>
        <translation>das Modul „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>module &quot;%1&quot; is not supported by Sloop; supported: %2</source>
        <translation>das Modul „%1“ wird von Sloop nicht unterstützt; unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../core/blueprints/cloudconfigusers.cpp" line="+24"/>
        <source>%1: &quot;%2&quot; is not a valid user or group name (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32)</source>
        <translation>%1: „%2“ ist kein gültiger Benutzer- oder Gruppenname (Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;, höchstens 32 Zeichen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not a valid user or group name</source>
        <translation>%1: „%2“ ist kein gültiger Benutzer- oder Gruppenname</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: give a sudoers rule such as &quot;ALL=(ALL) NOPASSWD:ALL&quot;, or false</source>
        <translation>%1: eine sudoers-Regel wie „ALL=(ALL) NOPASSWD:ALL“ angeben oder false</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a sudoers rule is one non-empty line</source>
        <translation>%1: eine sudoers-Regel ist eine einzelne, nicht leere Zeile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; must be an absolute path without &apos;:&apos; or newlines</source>
        <translation>%1: „%2“ muss ein absoluter Pfad ohne &apos;:&apos; und ohne Zeilenumbrüche sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: no &apos;:&apos; or newlines</source>
        <translation>%1: kein &apos;:&apos; und keine Zeilenumbrüche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;name&quot; is required</source>
        <translation>%1: „name“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>users: &quot;%1&quot; is not a valid user name</source>
        <translation>users: „%1“ ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <location filename="../core/blueprints/stepsfiles.cpp" line="+55"/>
        <source>write %1 (deferred)</source>
        <translation>%1 schreiben (verzögert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (joining %2 parts)</source>
        <translation>%1 (aus %2 Teilen zusammengesetzt)</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>bootcmd (%n command(s), also run at every boot)</source>
        <translation>
            <numerusform>bootcmd (%n Befehl, läuft auch bei jedem Systemstart)</numerusform>
            <numerusform>bootcmd (%n Befehle, laufen auch bei jedem Systemstart)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/blueprints/stepssystem.cpp" line="+39"/>
        <source>host name %1</source>
        <translation>Hostname %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>apt-get update</source>
        <translation>apt-get update</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>apt-get dist-upgrade</source>
        <translation>apt-get dist-upgrade</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>install %1</source>
        <translation>%1 installieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>start enabled services</source>
        <translation>aktivierte Dienste starten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runcmd %1/%2: %3</source>
        <translation>runcmd %1/%2: %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>final message</source>
        <translation>Abschlussmeldung</translation>
    </message>
    <message>
        <location filename="../core/blueprints/stepsusers.cpp" line="+49"/>
        <source>group %1: user %2 does not exist; not added</source>
        <translation>Gruppe %1: Benutzer %2 existiert nicht; nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>authorized keys of %1 (%n key(s))</source>
        <translation>
            <numerusform>autorisierte Schlüssel von %1 (%n Schlüssel)</numerusform>
            <numerusform>autorisierte Schlüssel von %1 (%n Schlüssel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <location filename="../core/buckets/bucket.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a bucket name: use 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit, as S3 does.</source>
        <translation>„%1“ ist kein Bucket-Name: Verwenden Sie wie bei S3 3 bis 63 Kleinbuchstaben, Ziffern, Punkte und Bindestriche, am Anfang und am Ende einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder must be an absolute path, not &quot;%1&quot;.</source>
        <translation>Der Ordner muss ein absoluter Pfad sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/buckets/folderobjects.cpp" line="+69"/>
        <location line="+76"/>
        <location filename="../core/buckets/multipartuploads.cpp" line="+189"/>
        <source>%1 cannot be made.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a key Sloop stores: %2</source>
        <translation>„%1“ ist kein Schlüssel, den Sloop speichert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a key is 1 to 1024 bytes.</source>
        <translation>ein Schlüssel ist 1 bis 1024 Byte lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NUL, backslash or leading slash.</source>
        <translation>kein NUL, kein Backslash und kein Schrägstrich am Anfang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no . or .. between slashes.</source>
        <translation>kein . oder .. zwischen Schrägstrichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder is not an object.</source>
        <translation>ein Ordner ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/buckets/bucketrepository.cpp" line="+57"/>
        <source>There is already a bucket called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Bucket namens „%1“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no bucket called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bucket namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A trigger reacts to objects created, removed, or both.</source>
        <translation>Ein Auslöser reagiert auf erstellte Objekte, entfernte Objekte oder beides.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no such trigger.</source>
        <translation>Diesen Auslöser gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/buckets/folderobjects.cpp" line="-118"/>
        <location filename="../core/buckets/multipartuploads.cpp" line="-64"/>
        <source>The specified key does not exist: %1</source>
        <translation>The specified key does not exist: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+73"/>
        <source>Keys with a part starting with .sloop are Sloop&apos;s own.</source>
        <translation>Schlüssel mit einem Teil, der mit .sloop beginnt, gehören Sloop selbst.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+76"/>
        <location filename="../core/buckets/multipartuploads.cpp" line="+61"/>
        <source>%1 is a folder in the bucket.</source>
        <translation>%1 ist ein Ordner im Bucket.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+85"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <location filename="../core/buckets/multipartuploads.cpp" line="+36"/>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The bucket&apos;s folder %1 is gone.</source>
        <translation>Der Ordner %1 des Buckets ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../core/buckets/multipartuploads.cpp" line="-182"/>
        <source>The specified upload does not exist (it was completed, aborted, or is of another key).</source>
        <translation>Der angegebene Upload existiert nicht (er wurde abgeschlossen, abgebrochen oder gehört zu einem anderen Schlüssel).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Part numbers go from 1 to 10,000 (not %1).</source>
        <translation>Teilnummern reichen von 1 bis 10.000 (nicht %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The part cannot be kept: %1</source>
        <translation>Der Teil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The upload cannot be started in %1.</source>
        <translation>Der Upload kann in %1 nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The range %1-%2 is outside %3 (%4 bytes).</source>
        <translation>Der Bereich %1-%2 liegt außerhalb von %3 (%4 Bytes).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The upload names no parts.</source>
        <translation>Der Upload nennt keine Teile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parts must be listed in ascending order.</source>
        <translation>Die Teile müssen in aufsteigender Reihenfolge aufgeführt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part %1 was not uploaded.</source>
        <translation>Teil %1 wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part %1&apos;s ETag is not %2.</source>
        <translation>Das ETag von Teil %1 ist nicht %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part %1 has %2 bytes; every part but the last needs 5 MB.</source>
        <translation>Teil %1 hat %2 Bytes; jeder Teil außer dem letzten braucht 5 MB.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/args.cpp" line="+66"/>
        <location filename="../app/cli/cli.cpp" line="+95"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 takes no value</source>
        <translation>Option %1 erwartet keinen Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-3"/>
        <source>option --engine needs a value</source>
        <translation>Option --engine braucht einen Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>which command? For example &quot;sloop containers ls&quot;.</source>
        <translation>welcher Befehl? Zum Beispiel „sloop containers ls“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="+24"/>
        <source>Usage: sloop completion bash|zsh

Prints a completion script for the shell. For bash:
  source &lt;(sloop completion bash)
The Debian package installs both where bash-completion and zsh find them.
</source>
        <translation>Aufruf: sloop completion bash|zsh

Gibt ein Vervollständigungsskript für die Shell aus. Für bash:
  source &lt;(sloop completion bash)
Das Debian-Paket legt beide dort ab, wo bash-completion und zsh sie finden.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the container engines this machine has</source>
        <translation>die Container-Engines dieses Rechners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>containers on an engine</source>
        <translation>Container auf einer Engine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker Swarm: engines working as one, their nodes</source>
        <translation>Docker Swarm: Engines, die wie eine arbeiten, und ihre Knoten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Swarm services: N copies kept running across nodes (ECS)</source>
        <translation>Swarm-Dienste: N Kopien, auf den Knoten am Laufen gehalten (ECS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compose files deployed as Swarm services</source>
        <translation>als Swarm-Dienste bereitgestellte Compose-Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fargate-style tasks: a size, not a machine</source>
        <translation>Tasks wie bei Fargate: eine Größe, keine Maschine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lightsail container services: a power, a scale, an endpoint</source>
        <translation>Lightsail-Containerdienste: eine Leistung, eine Skalierung, ein Endpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>images to and from registries</source>
        <translation>Images in Registrys hochladen und von dort herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>private image registries (ECR): repositories and tags</source>
        <translation>private Image-Registrys (ECR): Repositorys und Tags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH hosts: keep a list, run commands, copy files</source>
        <translation>SSH-Hosts merken, Befehle starten, Dateien kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plans with their monthly prices (Lightsail&apos;s)</source>
        <translation>Tarife mit ihren Monatspreisen (von Lightsail)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what your hosts and engines cost a month</source>
        <translation>was Ihre Hosts und Engines im Monat kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what instances are built from; your own user-data</source>
        <translation>woraus Instanzen gebaut werden; eigene user-data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>servers from blueprints, with plans and prices</source>
        <translation>Server aus Vorlagen, mit Tarifen und Preisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instance snapshots</source>
        <translation>Snapshots von Instanzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>own the data folder without a window, until stopped</source>
        <translation>Datenordner ohne Fenster besitzen, bis gestoppt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>threshold alarms on metrics, CloudWatch style</source>
        <translation>Schwellenwert-Alarme für Metriken, wie CloudWatch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a host&apos;s, container&apos;s or engine&apos;s metrics</source>
        <translation>Metriken eines Hosts, Containers oder einer Engine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>functions: Lambda&apos;s handlers on your own engines</source>
        <translation>Funktionen: Handler wie bei Lambda auf Ihren eigenen Engines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schedules (rate, cron, at) that invoke functions</source>
        <translation>Zeitpläne (rate, cron, at), die Funktionen aufrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch: job queues, compute environments, array jobs</source>
        <translation>Batch: Job-Warteschlangen, Rechenumgebungen, Array-Jobs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>folders served as S3 buckets, with events to functions</source>
        <translation>Ordner als S3-Buckets, mit Ereignissen an Funktionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>APIs on the gateway: API Gateway in front of functions and URLs</source>
        <translation>APIs auf dem Gateway: API Gateway vor Funktionen und URLs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an API&apos;s routes and what each sends requests to</source>
        <translation>die Routen einer API und wohin jede Anfragen sendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an API&apos;s stages and the deployments they serve</source>
        <translation>die Stufen einer API und die Bereitstellungen, die sie ausliefern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who may call an API&apos;s routes: JWTs or a function</source>
        <translation>wer die Routen einer API aufrufen darf: JWTs oder eine Funktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API keys for routes that need one</source>
        <translation>API-Schlüssel für Routen, die einen brauchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rate, burst and quota per API key, and its usage</source>
        <translation>Rate, Burst und Kontingent pro API-Schlüssel sowie seine Nutzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access keys for the AWS-compatible endpoint</source>
        <translation>Zugriffsschlüssel für den AWS-kompatiblen Endpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the AWS-compatible endpoint&apos;s URL</source>
        <translation>die URL des AWS-kompatiblen Endpunkts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a shell completion script (bash, zsh)</source>
        <translation>Shell-Vervollständigungsskript (bash, zsh)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this text, or a command&apos;s</source>
        <translation>dieser Text oder der eines Befehls</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no help for &quot;%1&quot;</source>
        <translation>keine Hilfe zu „%1“</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&quot;completion&quot; takes bash or zsh</source>
        <translation>„completion“ erwartet bash oder zsh</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/containercommands.cpp" line="+61"/>
        <source>&quot;containers ls&quot; takes no names</source>
        <translation>„containers ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CONTAINER ID</source>
        <translation>CONTAINER-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/blueprintcommands.cpp" line="+55"/>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;blueprints ls&quot; takes no names</source>
        <translation>„blueprints ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/alarmcommands.cpp" line="+70"/>
        <location filename="../app/cli/apicommands.cpp" line="+275"/>
        <location filename="../app/cli/apikeycommands.cpp" line="+93"/>
        <location line="+137"/>
        <location filename="../app/cli/authorizercommands.cpp" line="+100"/>
        <location filename="../app/cli/batchcommands.cpp" line="+89"/>
        <location line="+91"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="+268"/>
        <location filename="../app/cli/blueprintcommands.cpp" line="+11"/>
        <location filename="../app/cli/bucketcommands.cpp" line="+100"/>
        <location filename="../app/cli/containercommands.cpp" line="+0"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="+329"/>
        <location filename="../app/cli/enginecommands.cpp" line="+60"/>
        <location filename="../app/cli/functioncommands.cpp" line="+45"/>
        <location filename="../app/cli/hostcommands.cpp" line="+34"/>
        <location filename="../app/cli/hostimportcommand.cpp" line="+56"/>
        <location filename="../app/cli/instancecommands.cpp" line="+106"/>
        <location line="+242"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+64"/>
        <location filename="../app/cli/registrycommands.cpp" line="+144"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+174"/>
        <location filename="../app/cli/servicecommands.cpp" line="+274"/>
        <location filename="../app/cli/stackcommands.cpp" line="+95"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONDITION</source>
        <translation>BEDINGUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/servicecommands.cpp" line="+50"/>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;alarms ls&quot; takes no names</source>
        <translation>„alarms ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;alarms add&quot; takes one NAME (quote a name with spaces)</source>
        <translation>„alarms add“ erwartet genau einen NAME (einen Namen mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;alarms add&quot; needs --%1</source>
        <translation>„alarms add“ braucht --%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--statistic takes avg, min or max</source>
        <translation>--statistic erwartet avg, min oder max</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--comparison takes &apos;&gt;&apos;, &apos;&gt;=&apos;, &apos;&lt;&apos; or &apos;&lt;=&apos;</source>
        <translation>--comparison erwartet &apos;&gt;&apos;, &apos;&gt;=&apos;, &apos;&lt;&apos; oder &apos;&lt;=&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--threshold takes a number, for example 80 or 0.5</source>
        <translation>--threshold erwartet eine Zahl, zum Beispiel 80 oder 0.5</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/functioncommands.cpp" line="+37"/>
        <source>--%1 takes a whole number</source>
        <translation>--%1 erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--missing takes missing, ignore, breaching or not-breaching</source>
        <translation>--missing erwartet missing, ignore, breaching oder not-breaching</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;alarms rm&quot; takes one or more NAMEs</source>
        <translation>„alarms rm“ erwartet einen oder mehrere NAMEN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;alarms history&quot; takes at most one NAME</source>
        <translation>„alarms history“ erwartet höchstens einen NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit takes a whole number from 1</source>
        <translation>--limit erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no alarm named &quot;%1&quot;</source>
        <translation>es gibt keinen Alarm namens „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/metricscommands.cpp" line="+127"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="+1"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="+46"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;alarms defaults&quot; takes one TARGET (host/NAME, container/ENGINE/NAME or function/NAME)</source>
        <translation>„alarms defaults“ erwartet genau ein ZIEL (host/NAME, container/ENGINE/NAME oder function/NAME)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a host/NAME, container/ENGINE/NAME or function/NAME target</source>
        <translation>„%1“ ist kein Ziel der Form host/NAME, container/ENGINE/NAME oder function/NAME</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown alarms command &quot;%1&quot;</source>
        <translation>unbekannter alarms-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommands.cpp" line="-231"/>
        <source>Warning: API %1 is served on %2:%3: other machines can call it, and routes without a key or an authorizer are open to them.
</source>
        <translation>Warnung: API %1 wird unter %2:%3 ausgeliefert: Andere Rechner können sie aufrufen, und Routen ohne Schlüssel oder Autorisierer stehen ihnen offen.
</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>function %1 (payload %2)</source>
        <translation>Funktion %1 (Payload %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mock %1</source>
        <translation>Mock %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;apis create&quot; takes one NAME</source>
        <translation>„apis create“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--port is 1024 to 65535</source>
        <translation>--port ist eine Zahl von 1024 bis 65535</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Next: sloop routes add %1 sendmessage --function NAME (and $connect, $disconnect, $default); then sloop stages deploy %1 production</source>
        <translation>Als Nächstes: sloop routes add %1 sendmessage --function NAME (und $connect, $disconnect, $default); dann sloop stages deploy %1 production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: sloop routes add %1 &apos;GET /hello&apos; --function NAME; then sloop stages deploy %1 %2</source>
        <translation>Als Nächstes: sloop routes add %1 &apos;GET /hello&apos; --function NAME; dann sloop stages deploy %1 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No APIs yet: sloop apis create NAME</source>
        <translation>Noch keine APIs: sloop apis create NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/apikeycommands.cpp" line="-137"/>
        <location line="+137"/>
        <location filename="../app/cli/blueprintcommands.cpp" line="+0"/>
        <location filename="../app/cli/bucketcommands.cpp" line="+99"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+0"/>
        <location filename="../app/cli/servicecommands.cpp" line="-50"/>
        <location line="+49"/>
        <location filename="../app/cli/swarmcommands.cpp" line="+172"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/apicostcommand.cpp" line="+52"/>
        <location filename="../app/cli/authorizercommands.cpp" line="+0"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROUTES</source>
        <translation>ROUTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/apikeycommands.cpp" line="+1"/>
        <source>STAGES</source>
        <translation>STUFEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="-45"/>
        <location filename="../app/cli/registrycommands.cpp" line="+0"/>
        <location filename="../app/cli/stagecommands.cpp" line="+59"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>(not deployed)</source>
        <translation>(nicht bereitgestellt)</translation>
    </message>
    <message>
        <location filename="../app/cli/apicostcommand.cpp" line="-22"/>
        <source>&quot;apis cost&quot; takes at most one API</source>
        <translation>„apis cost“ erwartet höchstens eine API</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CONN. MIN</source>
        <translation>VERB.-MIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CACHE H</source>
        <translation>CACHE-STD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ON API GATEWAY</source>
        <translation>BEI API GATEWAY</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This month so far, at %1 (%2, taken on %3). A WebSocket API&apos;s requests are its messages.</source>
        <translation>Dieser Monat bis jetzt, zu %1 (%2, erfasst am %3). Die Anfragen einer WebSocket-API sind ihre Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommands.cpp" line="+13"/>
        <source>&quot;apis show&quot; takes one API</source>
        <translation>„apis show“ erwartet genau eine API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2, %3 API) on 127.0.0.1:%4</source>
        <translation>%1 (%2, %3-API) auf 127.0.0.1:%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>ROUTE</source>
        <translation>ROUTE</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>INTEGRATION</source>
        <translation>INTEGRATION</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>ACCESS</source>
        <translation>ZUGRIFF</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;apis bind&quot; takes an API and an ADDRESS</source>
        <translation>„apis bind“ erwartet eine API und eine ADDRESS</translation>
    </message>
    <message>
        <location line="-140"/>
        <location filename="../app/cli/stagecommands.cpp" line="-1"/>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>--type is http, rest or websocket</source>
        <translation>--type ist http, rest oder websocket</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="+0"/>
        <location filename="../app/cli/stagecommands.cpp" line="+0"/>
        <source>DEPLOYMENT</source>
        <translation>BEREITSTELLUNG</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;apis rm&quot; takes at least one API</source>
        <translation>„apis rm“ erwartet mindestens eine API</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;routes add&quot; takes an API and a route such as &apos;GET /pets/{id}&apos;</source>
        <translation>„routes add“ erwartet eine API und eine Route wie &apos;GET /pets/{id}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give one of --function, --url and --mock</source>
        <translation>genau eine der Optionen --function, --url und --mock angeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scope needs --authorizer</source>
        <translation>--scope braucht --authorizer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/authorizercommands.cpp" line="-36"/>
        <source>--payload is 1.0 or 2.0</source>
        <translation>--payload ist 1.0 oder 2.0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--mock takes an HTTP status, such as 200</source>
        <translation>--mock erwartet einen HTTP-Status, zum Beispiel 200</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes milliseconds</source>
        <translation>--timeout erwartet Millisekunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deploy it to serve it: sloop stages deploy %1 STAGE</source>
        <translation>Zum Ausliefern bereitstellen: sloop stages deploy %1 STAGE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;routes ls&quot; takes one API</source>
        <translation>„routes ls“ erwartet genau eine API</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;routes rm&quot; takes an API and a route</source>
        <translation>„routes rm“ erwartet eine API und eine Route</translation>
    </message>
    <message>
        <location filename="../app/cli/stagecommands.cpp" line="-30"/>
        <source>&quot;stages deploy&quot; takes an API and a STAGE</source>
        <translation>„stages deploy“ erwartet eine API und eine STAGE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deployed %1 to %2: %3</source>
        <translation>%1 in %2 bereitgestellt: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;stages ls&quot; takes one API</source>
        <translation>„stages ls“ erwartet genau eine API</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DEPLOYED</source>
        <translation>BEREITGESTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>THROTTLE</source>
        <translation>DROSSELUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CACHE</source>
        <translation>CACHE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/s, burst %2</source>
        <translation>%1/s, Burst %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;stages rollback&quot; takes an API and a STAGE</source>
        <translation>„stages rollback“ erwartet eine API und eine STAGE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 now serves deployment %2</source>
        <translation>%1 liefert jetzt Bereitstellung %2 aus</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;stages cache&quot; takes an API and a STAGE</source>
        <translation>„stages cache“ erwartet eine API und eine STAGE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--ttl takes seconds and --capacity megabytes</source>
        <translation>--ttl erwartet Sekunden und --capacity Megabyte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stage %1 caches GET answers for %2 s</source>
        <translation>Stufe %1 hält GET-Antworten %2 s im Cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 caches nothing</source>
        <translation>Stufe %1 hält nichts im Cache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;stages flush-cache&quot; takes an API and a STAGE</source>
        <translation>„stages flush-cache“ erwartet eine API und eine STAGE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flushed the cache of %1</source>
        <translation>Cache von %1 geleert</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommands.cpp" line="+39"/>
        <source>&quot;apis cors&quot; takes an API and --origins LIST, or --off</source>
        <translation>„apis cors“ erwartet eine API und --origins LISTE oder --off</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--max-age takes seconds</source>
        <translation>--max-age erwartet Sekunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CORS on for %1</source>
        <translation>CORS an für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CORS off</source>
        <translation>CORS aus</translation>
    </message>
    <message>
        <location filename="../app/cli/stagecommands.cpp" line="-93"/>
        <source>&quot;stages set&quot; takes an API and a STAGE</source>
        <translation>„stages set“ erwartet eine API und eine STAGE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rate and --burst take numbers</source>
        <translation>--rate und --burst erwarten Zahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--variable takes NAME=VALUE</source>
        <translation>--variable erwartet NAME=VALUE</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommands.cpp" line="+30"/>
        <source>unknown apis command &quot;%1&quot;</source>
        <translation>unbekannter apis-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown routes command &quot;%1&quot;</source>
        <translation>unbekannter routes-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/stagecommands.cpp" line="+105"/>
        <source>unknown stages command &quot;%1&quot;</source>
        <translation>unbekannter stages-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/blueprintcommands.cpp" line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/cli/apikeycommands.cpp" line="-179"/>
        <source>&quot;keys create&quot; takes one NAME</source>
        <translation>„keys create“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key %1 (%2): %3</source>
        <translation>Schlüssel %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value now: Sloop stores only its hash and cannot show it again. Clients send it as the x-api-key header.</source>
        <translation>Bewahren Sie den Wert jetzt auf: Sloop speichert nur seinen Hash und kann ihn nicht erneut anzeigen. Clients senden ihn im Header x-api-key.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>REQUESTS TODAY</source>
        <translation>ANFRAGEN HEUTE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;keys rm&quot; takes at least one key</source>
        <translation>„keys rm“ erwartet mindestens einen Schlüssel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;usage-plans create&quot; takes a NAME, --rate and --burst</source>
        <translation>„usage-plans create“ erwartet einen NAME, --rate und --burst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--rate, --burst and --quota take numbers</source>
        <translation>--rate, --burst und --quota erwarten Zahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--period is day, week or month</source>
        <translation>--period ist day, week oder month</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--stage takes API:STAGE</source>
        <translation>--stage erwartet API:STAGE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API %1 has no stage &quot;%2&quot; (deploy it first).</source>
        <translation>API %1 hat keine Stufe „%2“ (zuerst bereitstellen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;usage-plans add-key&quot; takes a PLAN and a KEY</source>
        <translation>„usage-plans add-key“ erwartet einen PLAN und einen KEY</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in %2</source>
        <translation>%1 ist in %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BURST</source>
        <translation>BURST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUOTA</source>
        <translation>KONTINGENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;usage-plans rm&quot; takes at least one plan</source>
        <translation>„usage-plans rm“ erwartet mindestens einen Plan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--from and --to take dates such as 2026-12-01</source>
        <translation>--from und --to erwarten Datumsangaben wie 2026-12-01</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../app/cli/blueprintcommands.cpp" line="+0"/>
        <location filename="../app/cli/instancecommands.cpp" line="-242"/>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown keys command &quot;%1&quot;</source>
        <translation>unbekannter keys-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown usage-plans command &quot;%1&quot;</source>
        <translation>unbekannter usage-plans-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/blueprintcommands.cpp" line="+1"/>
        <source>HEALTH</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/stackcommands.cpp" line="-63"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;blueprints validate&quot; takes one FILE (- for stdin)</source>
        <translation>„blueprints validate“ erwartet genau eine DATEI (- für stdin)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;blueprints add&quot; takes one FILE and --name NAME</source>
        <translation>„blueprints add“ erwartet eine DATEI und --name NAME</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved %1 as %2</source>
        <translation>%1 als %2 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;blueprints steps&quot; takes one ID or FILE</source>
        <translation>„blueprints steps“ erwartet eine ID oder DATEI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no blueprint &quot;%1&quot; (see &quot;sloop blueprints ls&quot;)</source>
        <translation>keine Vorlage „%1“ (siehe „sloop blueprints ls“)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown blueprints command &quot;%1&quot;</source>
        <translation>unbekannter blueprints-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommands.cpp" line="+99"/>
        <location filename="../app/cli/containercommands.cpp" line="+0"/>
        <location filename="../app/cli/servicecommands.cpp" line="-48"/>
        <location line="+48"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/alarmcommands.cpp" line="-237"/>
        <location filename="../app/cli/batchcommands.cpp" line="-190"/>
        <location line="+91"/>
        <location filename="../app/cli/containercommands.cpp" line="+0"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="-1"/>
        <location line="+45"/>
        <location filename="../app/cli/instancecommands.cpp" line="+0"/>
        <location filename="../app/cli/servicecommands.cpp" line="+1"/>
        <location filename="../app/cli/swarmcommands.cpp" line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommands.cpp" line="+99"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="-1"/>
        <location filename="../app/cli/containercommands.cpp" line="+1"/>
        <location filename="../app/cli/enginecommands.cpp" line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/blueprintcommands.cpp" line="-178"/>
        <location filename="../app/cli/containercommands.cpp" line="+0"/>
        <location filename="../app/cli/instancecommands.cpp" line="+1"/>
        <location filename="../app/cli/servicecommands.cpp" line="-49"/>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <location filename="../app/cli/containercommands.cpp" line="+0"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;containers inspect&quot; takes one NAME_OR_ID</source>
        <translation>„containers inspect“ erwartet genau eine NAME_ODER_ID</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/cli/functionasynccommands.cpp" line="+85"/>
        <location filename="../app/cli/functioncommands.cpp" line="+241"/>
        <location filename="../app/cli/hostcommands.cpp" line="+196"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/functionasynccommands.cpp" line="+0"/>
        <location filename="../app/cli/functioncommands.cpp" line="+0"/>
        <location filename="../app/cli/hostcommands.cpp" line="+0"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/hostcommands.cpp" line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart policy</source>
        <translation>Neustart-Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mounts</source>
        <translation>Einhängungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown containers command &quot;%1&quot;</source>
        <translation>unbekannter containers-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/enginecommands.cpp" line="-17"/>
        <source>&quot;engines ls&quot; takes no names</source>
        <translation>„engines ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/hostcommands.cpp" line="-198"/>
        <location filename="../app/cli/swarmcommands.cpp" line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/instancecommands.cpp" line="+241"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <location filename="../app/cli/containerservicecommands.cpp" line="-257"/>
        <source>&quot;container-services create&quot; takes one NAME</source>
        <translation>„container-services create“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--power is one of %1, not &quot;%2&quot;</source>
        <translation>--power ist einer der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+277"/>
        <source>--scale is 1 to %1</source>
        <translation>--scale ist eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>%1: %2 × %3 (%4 vCPU, %5 MB each) on %6, $%7 a month; deploy to it with &quot;sloop container-services deploy %1 --image IMAGE --port PORT&quot;.</source>
        <translation>%1: %2 × %3 (je %4 vCPU, %5 MB) auf %6, $%7 im Monat; stellen Sie mit „sloop container-services deploy %1 --image IMAGE --port PORT“ darauf bereit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a deployment needs --image IMAGE or --file FILE</source>
        <translation>eine Bereitstellung braucht --image IMAGE oder --file FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--env erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port is a port, 1 to 65535</source>
        <translation>--port ist ein Port von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>thresholds, --interval and --timeout are whole numbers</source>
        <translation>Schwellenwerte, --interval und --timeout sind ganze Zahlen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;container-services deploy&quot; takes a NAME</source>
        <translation>„container-services deploy“ erwartet einen NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--wait is seconds, 10 or more</source>
        <translation>--wait ist eine Anzahl Sekunden, mindestens 10</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deployment %1 of %2 is active at %3</source>
        <translation>Bereitstellung %1 von %2 ist aktiv: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no public endpoint)</source>
        <translation>(kein öffentlicher Endpunkt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment %1 of %2 FAILED: %3. %4</source>
        <translation>Bereitstellung %1 von %2 FEHLGESCHLAGEN: %3. %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment %1 still serves.</source>
        <translation>Bereitstellung %1 liefert weiterhin aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is deployed.</source>
        <translation>Es ist nichts bereitgestellt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No container services. Make one with &quot;sloop container-services create NAME --power nano --scale 1&quot;.</source>
        <translation>Keine Containerdienste. Erstellen Sie einen mit „sloop container-services create NAME --power nano --scale 1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>POWER</source>
        <translation>LEISTUNG</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>SCALE</source>
        <translation>SKALIERUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MONTH</source>
        <translation>USD/MONAT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;container-services show&quot; takes one NAME</source>
        <translation>„container-services show“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2, %3 × %4 on %5, $%6 a month%7</source>
        <translation>%1: %2, %3 × %4 auf %5, $%6 im Monat%7</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/enginecommands.cpp" line="+0"/>
        <location filename="../app/cli/functionversioncommands.cpp" line="+78"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTAINERS</source>
        <translation>CONTAINER</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;container-services update&quot; takes one NAME</source>
        <translation>„container-services update“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--disable or --enable, not both</source>
        <translation>--disable oder --enable, nicht beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say what to change: --power, --scale, --disable or --enable</source>
        <translation>geben Sie an, was sich ändern soll: --power, --scale, --disable oder --enable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2, %3 × %4</source>
        <translation>%1: %2, %3 × %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD/MONTH/NODE</source>
        <translation>USD/MONAT/KNOTEN</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;container-services rm&quot; takes NAME...</source>
        <translation>„container-services rm“ erwartet NAME...</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown container-services command &quot;%1&quot;</source>
        <translation>unbekannter container-services-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/apicostcommand.cpp" line="-30"/>
        <location filename="../app/cli/enginecommands.cpp" line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/cli/enginecommands.cpp" line="+4"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;engines add&quot; takes a NAME and an ADDRESS</source>
        <translation>„engines add“ erwartet einen NAME und eine ADDRESS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added engine %1 (%2 %3).</source>
        <translation>Engine %1 hinzugefügt (%2 %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added engine %1; it does not answer yet: %2</source>
        <translation>Engine %1 hinzugefügt; sie antwortet noch nicht: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;engines rm&quot; takes one NAME</source>
        <translation>„engines rm“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no added engine is named &quot;%1&quot; (local engines and SSH hosts&apos; engines are not removed here)</source>
        <translation>keine hinzugefügte Engine heißt „%1“ (lokale Engines und die Engines von SSH-Hosts werden hier nicht entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed engine %1 from the list; the engine itself is untouched.</source>
        <translation>Engine %1 aus der Liste entfernt; die Engine selbst bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown engines command &quot;%1&quot;</source>
        <translation>unbekannter engines-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/lifecycle.cpp" line="+22"/>
        <source>&quot;containers %1&quot; needs at least one NAME_OR_ID</source>
        <translation>„containers %1“ braucht mindestens eine NAME_ODER_ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--time is a number of seconds from 0 to 86400</source>
        <translation>--time ist eine Anzahl Sekunden von 0 bis 86400</translation>
    </message>
    <message>
        <location filename="../app/cli/logs.cpp" line="+49"/>
        <source>the log stream ended in the middle of a frame; some output is missing</source>
        <translation>der Log-Stream endete mitten in einem Frame; ein Teil der Ausgabe fehlt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;containers logs&quot; takes one NAME_OR_ID</source>
        <translation>„containers logs“ erwartet genau eine NAME_ODER_ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/servicecommands.cpp" line="+250"/>
        <source>--tail is a number of lines or &quot;all&quot;</source>
        <translation>--tail ist eine Anzahl Zeilen oder „all“</translation>
    </message>
    <message>
        <location filename="../app/cli/run.cpp" line="+167"/>
        <source>the log stream of %1 ended: %2</source>
        <translation>der Log-Stream von %1 endete: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot learn how %1 ended: %2</source>
        <translation>es lässt sich nicht feststellen, wie %1 endete: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="+47"/>
        <source>there is no engine named &quot;%1&quot;; known engines: %2 (see &quot;sloop engines ls&quot;)</source>
        <translation>es gibt keine Engine namens „%1“; bekannte Engines: %2 (siehe „sloop engines ls“)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot reach the engine of host %1: %2</source>
        <translation>die Engine von Host %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/usage.cpp" line="+9"/>
        <source>Usage: sloop [COMMAND] [OPTIONS]

Without a command, Sloop opens its window.

Commands:
</source>
        <translation>Aufruf: sloop [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet Sloop sein Fenster.

Befehle:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Options for every command:
  --json                     JSON on stdout instead of a table
  --engine NAME              the engine to use (default: the first, &quot;local&quot;)
  --verbose                  print every engine call on stderr
  --version                  print the version and exit
  -h, --help                 print help and exit

Exit status: 0 done, 1 failed (no better status), 2 a wrong command line,
3 not found, 4 conflict (exists already, or in the wrong state), 5 refused
(permission), 6 sign-in or host key not accepted, 7 unreachable, 8 timed
out, 9 a request the engine or host found invalid, 10 unsupported, 11
throttled (a function&apos;s concurrency), 130 interrupted. &quot;containers run&quot;
without -d exits with the container&apos;s status.
</source>
        <translation>
Optionen für jeden Befehl:
  --json                     JSON auf stdout statt einer Tabelle
  --engine NAME              die zu nutzende Engine (Standard: die erste, „local“)
  --verbose                  jeden Engine-Aufruf auf stderr ausgeben
  --version                  die Version ausgeben und beenden
  -h, --help                 die Hilfe ausgeben und beenden

Exit-Status: 0 erledigt, 1 fehlgeschlagen (kein genauerer Status), 2 eine
fehlerhafte Befehlszeile, 3 nicht gefunden, 4 Konflikt (existiert bereits oder
ist im falschen Zustand), 5 abgelehnt (Berechtigung), 6 Anmeldung oder
Host-Schlüssel nicht akzeptiert, 7 nicht erreichbar, 8 Zeitüberschreitung,
9 eine Anfrage, die die Engine oder der Host für ungültig hielt, 10 nicht
unterstützt, 11 gedrosselt (die Parallelität einer Funktion), 130 unterbrochen.
„containers run“ ohne -d endet mit dem Status des Containers.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage: sloop containers COMMAND [OPTIONS]

  ls [--all|-a] [--json]
  run [OPTIONS] IMAGE [COMMAND...]
      --name NAME             name of the container
      -p, --publish SPEC      HOST:CONTAINER[/udp] or IP:HOST:CONTAINER (repeatable)
      -e, --env KEY=VALUE     environment variable (repeatable)
      -v, --volume SPEC       /host/path:/path[:ro] or volume:/path (repeatable)
      -l, --label KEY=VALUE   label (repeatable)
      --restart POLICY        no, always, unless-stopped, on-failure
      --cpus N                CPU limit, for example 0.5
      --memory SIZE           memory limit, for example 512m
      -d, --detach            print the id and return at once; otherwise follow
                              the logs and exit with the container&apos;s status
      Options end at IMAGE: every word after it belongs to the container.
  start NAME_OR_ID...
  stop [--time SECONDS] NAME_OR_ID...
  restart [--time SECONDS] NAME_OR_ID...
  rm [--force|-f] NAME_OR_ID...
  logs [--follow|-f] [--tail N] [--timestamps] NAME_OR_ID
  inspect [--json] NAME_OR_ID

Every command takes --engine NAME, --json and --verbose.
</source>
        <translation>Aufruf: sloop containers BEFEHL [OPTIONEN]

  ls [--all|-a] [--json]
  run [OPTIONEN] IMAGE [BEFEHL...]
      --name NAME             Name des Containers
      -p, --publish ANGABE    HOST:CONTAINER[/udp] oder IP:HOST:CONTAINER (wiederholbar)
      -e, --env VAR=WERT      Umgebungsvariable (wiederholbar)
      -v, --volume ANGABE     /host/pfad:/pfad[:ro] oder volume:/pfad (wiederholbar)
      -l, --label NAME=WERT   Label (wiederholbar)
      --restart REGEL         no, always, unless-stopped, on-failure
      --cpus N                CPU-Limit, zum Beispiel 0.5
      --memory GRÖSSE         Speicherlimit, zum Beispiel 512m
      -d, --detach            die ID ausgeben und sofort zurückkehren; sonst den
                              Logs folgen und mit dem Status des Containers enden
      Die Optionen enden bei IMAGE: Jedes Wort danach gehört zum Container.
  start NAME_ODER_ID...
  stop [--time SEKUNDEN] NAME_ODER_ID...
  restart [--time SEKUNDEN] NAME_ODER_ID...
  rm [--force|-f] NAME_ODER_ID...
  logs [--follow|-f] [--tail N] [--timestamps] NAME_ODER_ID
  inspect [--json] NAME_ODER_ID

Jeder Befehl akzeptiert --engine NAME, --json und --verbose.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: sloop hosts COMMAND [OPTIONS]

  add NAME --address ADDRESS [--port P] [--user U] [--identity FILE] [--tag T]...
      [--save-secret [--accept-new-host-key]]
                              remember a host (nothing is dialled yet); with
                              --save-secret, log in once and keep the password
                              or passphrase asked for in the keychain
  ls [--tag T] [--json]
  rm NAME...
  exec NAME [--accept-new-host-key] [--timeout SECONDS] -- COMMAND...
                              run COMMAND on the host; every word is quoted, so
                              the remote shell expands nothing. Exits with the
                              command&apos;s status (255 when it had none)
  info NAME [--accept-new-host-key] [--timeout SECONDS] [--json]
                              OS, kernel, uptime, CPUs, memory, Docker
  import-ssh-config [FILE] [--dry-run] [--json]
                              add the hosts of ~/.ssh/config (or FILE), read by
                              libssh; lists what was skipped and why
  secret set|rm NAME [--key FILE]
                              keep in (or remove from) the keychain the password
                              for NAME, or the passphrase of the key FILE
  put NAME LOCAL REMOTE [--accept-new-host-key]
                              upload a file over SFTP (REMOTE may be a folder)
  get NAME REMOTE LOCAL [--accept-new-host-key]
                              download a file over SFTP (LOCAL may be a folder);
                              progress on stderr when it is a terminal

Host keys are checked against ~/.ssh/known_hosts. An unknown host is refused
with its fingerprint: check it, then run again with --accept-new-host-key.
A changed key is always refused.

Keys: the --identity file, else the ssh-agent and ~/.ssh/id_*. Passwords and
passphrases come from the OS keychain (Secret Service or KWallet), else from
SLOOP_SSH_PASSWORD and SLOOP_SSH_PASSPHRASE, else the terminal. Without a
keychain they are asked for each time and kept only in memory.

Exit status: 0 done, 1 connecting or logging in failed, 2 a wrong command line.
</source>
        <translation>Aufruf: sloop hosts BEFEHL [OPTIONEN]

  add NAME --address ADRESSE [--port P] [--user U] [--identity DATEI] [--tag T]...
      [--save-secret [--accept-new-host-key]]
                              einen Host merken (es wird noch nicht verbunden);
                              mit --save-secret einmal anmelden und das dabei
                              abgefragte Passwort bzw. die Passphrase im
                              Schlüsselbund ablegen
  ls [--tag T] [--json]
  rm NAME...
  exec NAME [--accept-new-host-key] [--timeout SEKUNDEN] -- BEFEHL...
                              BEFEHL auf dem Host ausführen; jedes Wort wird
                              quotiert, die entfernte Shell expandiert also
                              nichts. Endet mit dem Status des Befehls (255,
                              wenn er keinen hatte)
  info NAME [--accept-new-host-key] [--timeout SEKUNDEN] [--json]
                              Betriebssystem, Kernel, Laufzeit, CPUs, Speicher,
                              Docker
  import-ssh-config [DATEI] [--dry-run] [--json]
                              die Hosts aus ~/.ssh/config (oder DATEI)
                              hinzufügen, gelesen von libssh; listet auf, was
                              übersprungen wurde und warum
  secret set|rm NAME [--key DATEI]
                              das Passwort für NAME oder die Passphrase des
                              Schlüssels DATEI im Schlüsselbund ablegen (oder
                              daraus entfernen)
  put NAME LOKAL REMOTE [--accept-new-host-key]
                              eine Datei über SFTP hochladen (REMOTE darf ein
                              Ordner sein)
  get NAME REMOTE LOKAL [--accept-new-host-key]
                              eine Datei über SFTP herunterladen (LOKAL darf
                              ein Ordner sein); Fortschritt auf stderr, wenn
                              das ein Terminal ist

Host-Schlüssel werden mit ~/.ssh/known_hosts abgeglichen. Ein unbekannter Host
wird mit seinem Fingerabdruck abgelehnt: diesen prüfen, dann den Befehl mit
--accept-new-host-key erneut ausführen. Ein geänderter Schlüssel wird immer
abgelehnt.

Schlüssel: die Datei aus --identity, sonst der ssh-agent und ~/.ssh/id_*.
Passwörter und Passphrasen kommen aus dem Schlüsselbund des Systems (Secret
Service oder KWallet), sonst aus SLOOP_SSH_PASSWORD und SLOOP_SSH_PASSPHRASE,
sonst vom Terminal. Ohne Schlüsselbund werden sie jedes Mal abgefragt und nur
im Speicher gehalten.

Exit-Status: 0 erledigt, 1 Verbindung oder Anmeldung fehlgeschlagen,
2 eine fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Usage: sloop plans ls [--file FILE] [--json]

Lists the plans (bundles) an instance can have: vCPUs, memory, disk, monthly
transfer and the flat monthly price, with the date the prices were taken and
their source. The catalogue built in mirrors Amazon Lightsail&apos;s Linux bundles
with a public IPv4 address, so you see what the same would cost there.

  --file FILE                 read (and check) another catalogue; the format is
                              in resources/pricing/README.md
</source>
        <translation>Aufruf: sloop plans ls [--file DATEI] [--json]

Listet die Tarife (Bundles) auf, die eine Instanz haben kann: vCPUs, Speicher,
Festplatte, monatliches Datenvolumen und den pauschalen Monatspreis, mit dem
Datum, an dem die Preise erhoben wurden, und ihrer Quelle. Der eingebaute
Katalog bildet die Linux-Bundles von Amazon Lightsail mit öffentlicher
IPv4-Adresse nach, damit Sie sehen, was dasselbe dort kosten würde.

  --file DATEI                einen anderen Katalog lesen (und prüfen); das
                              Format steht in resources/pricing/README.md
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: sloop costs COMMAND [OPTIONS]

  set HOST_OR_ENGINE AMOUNT [--currency CODE] [--json]
                              what the host or engine really costs a month (the
                              VPS you rent, a home server&apos;s power), e.g. 12.50;
                              CODE is USD unless said
  ls [--json]                 the costs stated, with each machine&apos;s memory, the
                              instances on it and their share of its cost
  rm HOST_OR_ENGINE...        forget a cost

Each instance&apos;s monthly estimate is its share of its machine&apos;s cost by memory:
cost x plan memory / machine memory, at most the whole cost.

Exit status: 0 done, 1 no such host or engine or the store failed, 2 a wrong
command line.
</source>
        <translation>Aufruf: sloop costs BEFEHL [OPTIONEN]

  set HOST_ODER_ENGINE BETRAG [--currency CODE] [--json]
                              was der Host oder die Engine im Monat wirklich
                              kostet (der gemietete VPS, der Strom eines
                              Heimservers), z. B. 12.50; CODE ist USD, wenn
                              nicht anders angegeben
  ls [--json]                 die angegebenen Kosten, mit dem Speicher jedes
                              Rechners, den Instanzen darauf und ihrem Anteil
                              an seinen Kosten
  rm HOST_ODER_ENGINE...      Kosten vergessen

Die monatliche Schätzung jeder Instanz ist ihr Anteil an den Kosten ihres
Rechners nach Speicher: Kosten x Tarifspeicher / Rechnerspeicher, höchstens
die gesamten Kosten.

Exit-Status: 0 erledigt, 1 kein solcher Host bzw. keine solche Engine oder der
Speicher hat versagt, 2 eine fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: sloop blueprints COMMAND [OPTIONS]

  ls [--json]                 the built-in blueprints and your own
  validate FILE [--json]      check a #cloud-config user-data or a blueprint file
                              (- reads stdin); every problem is listed as
                              FILE:LINE:COLUMN: message
  add FILE --name NAME [--json]
                              save the user-data in FILE as your own blueprint
                              (validated first; the id is made from NAME)
  steps ID_OR_FILE [--container] [--user USER] [--json]
                              the shell steps Sloop would run, in order

Your blueprints live in $XDG_DATA_HOME/sloop/blueprints.
Exit status: 0 done (valid), 1 invalid or failed, 2 a wrong command line.
</source>
        <translation>Aufruf: sloop blueprints BEFEHL [OPTIONEN]

  ls [--json]                 die eingebauten Vorlagen und Ihre eigenen
  validate DATEI [--json]     eine #cloud-config-user-data oder eine
                              Vorlagendatei prüfen (- liest stdin); jedes
                              Problem wird als DATEI:ZEILE:SPALTE: Meldung
                              aufgeführt
  add DATEI --name NAME [--json]
                              die user-data in DATEI als eigene Vorlage
                              speichern (vorher geprüft; die ID wird aus NAME
                              gebildet)
  steps ID_ODER_DATEI [--container] [--user BENUTZER] [--json]
                              die Shell-Schritte, die Sloop ausführen würde,
                              in ihrer Reihenfolge

Ihre Vorlagen liegen in $XDG_DATA_HOME/sloop/blueprints.
Exit-Status: 0 erledigt (gültig), 1 ungültig oder fehlgeschlagen, 2 eine
fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: sloop instances COMMAND [OPTIONS]

  create --blueprint ID --plan ID --name NAME [--engine ENGINE | --on HOST]
         [--count N] [--tag TAG]... [--launch-script FILE] [--key FILE]
         [--image IMAGE] [--no-default-alarms] [--quiet] [--json]
                              a system container on ENGINE (default: local), or
                              the whole SSH host HOST, provisioned from the
                              blueprint; each step and its output is shown on
                              stderr as it runs. --key: log in with this key
                              instead of a new ed25519 pair; --image: start from
                              this image (default debian:bookworm, or
                              $SLOOP_INSTANCE_IMAGE). Alarms for CPU over 80%,
                              a failed status check and disk over 90% come
                              with it unless --no-default-alarms
  ls [--json]                 instances with state, plan, address and price
  start|stop|reboot NAME...   lifecycle (a whole server can only be rebooted)
  retry NAME...               resume a failed instance at the step that failed
  rm NAME...                  delete: the container, its login and host key entry
  snapshot NAME SNAPSHOT [--path DIR]...
                              commit a container instance, or archive DIRs of a
                              server over SFTP

Exit status: 0 done, 1 a step failed or the request was refused, 2 a wrong
command line.
</source>
        <translation>Aufruf: sloop instances BEFEHL [OPTIONEN]

  create --blueprint ID --plan ID --name NAME [--engine ENGINE | --on HOST]
         [--count N] [--tag TAG]... [--launch-script DATEI] [--key DATEI]
         [--image IMAGE] [--no-default-alarms] [--quiet] [--json]
                              ein System-Container auf ENGINE (Standard:
                              local) oder der ganze SSH-Host HOST, eingerichtet
                              nach der Vorlage; jeder Schritt und seine Ausgabe
                              erscheinen während der Ausführung auf stderr.
                              --key: mit diesem Schlüssel anmelden statt mit
                              einem neuen ed25519-Schlüsselpaar; --image: von
                              diesem Image ausgehen (Standard debian:bookworm
                              oder $SLOOP_INSTANCE_IMAGE). Alarme für CPU über
                              80 %, eine fehlgeschlagene Statusprüfung und
                              Datenträger über 90 % werden mit angelegt, außer
                              mit --no-default-alarms
  ls [--json]                 Instanzen mit Zustand, Tarif, Adresse und Preis
  start|stop|reboot NAME...   Lebenszyklus (ein ganzer Server kann nur neu
                              gestartet werden)
  retry NAME...               eine fehlgeschlagene Instanz bei dem Schritt
                              fortsetzen, der fehlschlug
  rm NAME...                  löschen: den Container, seine Anmeldung und den
                              Eintrag des Host-Schlüssels
  snapshot NAME SNAPSHOT [--path ORDNER]...
                              eine Container-Instanz committen oder ORDNER
                              eines Servers über SFTP archivieren

Exit-Status: 0 erledigt, 1 ein Schritt ist fehlgeschlagen oder die Anfrage
wurde abgelehnt, 2 eine fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: sloop snapshots COMMAND [OPTIONS]

  ls [--json]                 every snapshot, of instances alive or deleted
  restore SNAPSHOT NAME       a new container instance NAME from the snapshot, or
                              (a server archive) unpacked onto instance NAME
  rm SNAPSHOT...              delete snapshots
</source>
        <translation>Aufruf: sloop snapshots BEFEHL [OPTIONEN]

  ls [--json]                 alle Snapshots, von bestehenden oder gelöschten
                              Instanzen
  restore SNAPSHOT NAME       eine neue Container-Instanz NAME aus dem
                              Snapshot oder (bei einem Server-Archiv) auf die
                              Instanz NAME entpackt
  rm SNAPSHOT...              Snapshots löschen
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: sloop serve [--interval N] [--verbose]

Runs Sloop&apos;s control plane without a window: collects the metrics of every
SSH host and engine into the store (&quot;sloop metrics&quot; and the window read
them) until SIGTERM or Ctrl+C, then flushes and exits with status 0.

One process owns a data folder: the first window or serve. A second serve
is refused (status 4) and names the first one&apos;s pid. A serve started while
the window is open waits and takes over when the window closes; a window
opened while a serve runs shows the metrics but leaves collecting to it.

  --interval N   seconds between samples, 1-60 (default: the setting, 5)
  --verbose      log debug messages too

Logs go to stderr, one line each with a time stamp.
</source>
        <translation>Aufruf: sloop serve [--interval N] [--verbose]

Führt die Steuerebene von Sloop ohne Fenster aus: erfasst die Metriken jedes
SSH-Hosts und jeder Engine im Speicher („sloop metrics“ und das Fenster lesen
sie) bis SIGTERM oder Strg+C, schreibt dann alles Ausstehende weg und endet
mit Status 0.

Einen Datenordner besitzt genau ein Prozess: das erste Fenster oder serve. Ein
zweites serve wird abgelehnt (Status 4) und nennt die PID des ersten. Ein
serve, das bei offenem Fenster gestartet wird, wartet und übernimmt, wenn das
Fenster geschlossen wird; ein Fenster, das geöffnet wird, während ein serve
läuft, zeigt die Metriken, überlässt das Erfassen aber ihm.

  --interval N   Sekunden zwischen den Messungen, 1-60 (Standard: die
                 Einstellung, 5)
  --verbose      auch Debug-Meldungen protokollieren

Das Protokoll geht nach stderr, jede Zeile mit einem Zeitstempel.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: sloop alarms COMMAND [OPTIONS]

  ls [--target KEY] [--json]  alarms with their state
  add NAME --target KEY --metric M --threshold X [OPTIONS]
      --target KEY            host/NAME, container/ENGINE/NAME, engine/NAME or
                              function/NAME
      --metric M              cpu, memory, disk, net_in, net_out, disk_read,
                              disk_write, status_check_failed, load1, ...
      --statistic S           avg (default), min or max of each period
      --comparison C          &apos;&gt;&apos; (default), &apos;&gt;=&apos;, &apos;&lt;&apos; or &apos;&lt;=&apos;
      --threshold X           the value compared with
      --period SECONDS        length of a period, whole minutes (default 300)
      --evaluation-periods N  how many of the latest periods count (default 1)
      --datapoints M          how many of those must cross (default N)
      --missing T             missing (default), ignore, breaching, not-breaching
      --command CMD           run with /bin/sh -c on each state change; the alarm
                              is in $SLOOP_ALARM_NAME, _STATE, _PREVIOUS_STATE,
                              _REASON, _TARGET, _METRIC, _THRESHOLD, _VALUE
      --disabled              add it switched off
  rm NAME...                  delete alarms with their history
  history [NAME] [--limit N] [--json]
                              state changes, newest first
  defaults TARGET             add the default alarms of a host, container or
                              function (any error, any throttle)

Alarms are evaluated by the window or &quot;sloop serve&quot;, not by these commands.
</source>
        <translation>Aufruf: sloop alarms BEFEHL [OPTIONEN]

  ls [--target ZIEL] [--json] Alarme mit ihrem Zustand
  add NAME --target ZIEL --metric M --threshold X [OPTIONEN]
      --target ZIEL           host/NAME, container/ENGINE/NAME, engine/NAME
                              oder function/NAME
      --metric M              cpu, memory, disk, net_in, net_out, disk_read,
                              disk_write, status_check_failed, load1, ...
      --statistic S           avg (Standard), min oder max jedes Zeitraums
      --comparison C          &apos;&gt;&apos; (Standard), &apos;&gt;=&apos;, &apos;&lt;&apos; oder &apos;&lt;=&apos;
      --threshold X           der Wert, mit dem verglichen wird
      --period SEKUNDEN       Zeitraumlänge in ganzen Minuten (Standard 300)
      --evaluation-periods N  Zahl der ausgewerteten Zeiträume (Standard 1)
      --datapoints M          wie viele davon den Schwellenwert verletzen
                              müssen (Standard N)
      --missing T             missing (Standard), ignore, breaching oder
                              not-breaching
      --command BEFEHL        bei jedem Zustandswechsel mit /bin/sh -c
                              ausführen; der Alarm steht in $SLOOP_ALARM_NAME,
                              _STATE, _PREVIOUS_STATE, _REASON, _TARGET,
                              _METRIC, _THRESHOLD, _VALUE
      --disabled              ausgeschaltet hinzufügen
  rm NAME...                  Alarme samt ihrem Verlauf löschen
  history [NAME] [--limit N] [--json]
                              Zustandswechsel, neueste zuerst
  defaults ZIEL               die Standardalarme eines Hosts, Containers oder
                              einer Funktion anlegen (jeder Fehler, jede
                              Drosselung)

Alarme werden vom Fenster oder von „sloop serve“ ausgewertet, nicht von diesen
Befehlen.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage: sloop batch COMMAND [OPTIONS]

AWS Batch on your engines: jobs wait in queues and run as containers where a
compute environment has room. The window or &quot;sloop serve&quot; runs them.

  environments create NAME --engine E [--engine E2...] --max-vcpus N
                [--max-memory MB] [--disabled]
                              where jobs may run, and how much of it at once
  environments ls|enable|disable|rm NAME...
  queues create NAME --environments E1[,E2] [--priority N] [--disabled]
                              FIFO within a queue; higher priority first
  queues ls|enable|disable|rm NAME...
  definitions register NAME --image IMG [OPTIONS] [-- COMMAND...]
      --vcpus N               0.25 to 256 (default 1)
      --memory MB             the hard limit (default 2048)
      --attempts N            1 to 10 (default 1)
      --retry-on RULE         evaluateOnExit: 137:RETRY, 1:EXIT,
                              &quot;status=Host EC2*:RETRY&quot;, &quot;reason=Out*:EXIT&quot;
      --timeout S             each attempt at most S seconds (at least 60)
      -e, --env KEY=VALUE     --param KEY=VALUE (Ref::KEY in the command)
      --user U  --workdir DIR  -v, --volume SOURCE:TARGET[:ro]  --tag K=V
  definitions ls [--all]      deregister NAME:REVISION
  submit --queue Q --definition D[:REV] [OPTIONS] [-- COMMAND...]
      --name N                --array-size N (2 to 10000 children)
      --depends-on ID         also ID:N_TO_N, or SEQUENTIAL; repeatable, 20 at
                              most
      --param, --env, --vcpus, --memory, --attempts, --retry-on, --timeout
                              override the definition&apos;s
  describe ID                 status, reason, attempts; an array&apos;s children by
                              status
  ls [--queue Q] [--status S] [--array ID] [--search TEXT] [--limit N]
  cancel ID... [--reason R]   jobs not yet STARTING fail with the reason
  terminate ID... [--reason R]
                              also stops STARTING and RUNNING jobs
  logs ID[:INDEX] [--attempt N] [-f]
                              what an attempt wrote (the last 1 MiB is kept)
  cost [--queue Q] [--job ID] [--since SPAN]
                              what the attempts&apos; vCPU-hours and GB-hours would
                              cost on AWS Batch with Fargate or EC2 (this
                              month)

Every command takes --json (AWS Batch&apos;s shapes: jobId, status, statusReason,
attempts, arrayProperties.statusSummary).
</source>
        <translation>Aufruf: sloop batch BEFEHL [OPTIONEN]

AWS Batch auf Ihren Engines: Jobs warten in Warteschlangen und laufen als
Container, wo eine Rechenumgebung Platz hat. Das Fenster oder „sloop serve“
führt sie aus.

  environments create NAME --engine E [--engine E2...] --max-vcpus N
                [--max-memory MB] [--disabled]
                              wo Jobs laufen dürfen, und wie viel davon zugleich
  environments ls|enable|disable|rm NAME...
  queues create NAME --environments E1[,E2] [--priority N] [--disabled]
                              FIFO innerhalb einer Warteschlange; höhere
                              Priorität zuerst
  queues ls|enable|disable|rm NAME...
  definitions register NAME --image IMG [OPTIONEN] [-- BEFEHL...]
      --vcpus N               0.25 bis 256 (Vorgabe 1)
      --memory MB             die harte Grenze (Vorgabe 2048)
      --attempts N            1 bis 10 (Vorgabe 1)
      --retry-on RULE         evaluateOnExit: 137:RETRY, 1:EXIT,
                              &quot;status=Host EC2*:RETRY&quot;, &quot;reason=Out*:EXIT&quot;
      --timeout S             jeder Versuch höchstens S Sekunden (mindestens 60)
      -e, --env KEY=VALUE     --param KEY=VALUE (Ref::KEY im Befehl)
      --user U  --workdir DIR  -v, --volume SOURCE:TARGET[:ro]  --tag K=V
  definitions ls [--all]      deregister NAME:REVISION
  submit --queue Q --definition D[:REV] [OPTIONEN] [-- BEFEHL...]
      --name N                --array-size N (2 bis 10000 Kind-Jobs)
      --depends-on ID         auch ID:N_TO_N oder SEQUENTIAL (wiederholbar,
                              höchstens 20)
      --param, --env, --vcpus, --memory, --attempts, --retry-on, --timeout
                              ersetzen die Werte der Job-Definition
  describe ID                 Status, Grund, Versuche; die Kind-Jobs eines
                              Arrays nach Status
  ls [--queue Q] [--status S] [--array ID] [--search TEXT] [--limit N]
  cancel ID... [--reason R]   Jobs, die noch nicht STARTING sind, scheitern
                              mit dem Grund
  terminate ID... [--reason R]
                              stoppt auch Jobs in STARTING und RUNNING
  logs ID[:INDEX] [--attempt N] [-f]
                              was ein Versuch ausgab (das letzte 1 MiB bleibt)
  cost [--queue Q] [--job ID] [--since SPAN]
                              was die vCPU-Stunden und GB-Stunden der Versuche
                              auf AWS Batch mit Fargate oder EC2 kosten würden
                              (dieser Monat)

Jeder Befehl nimmt --json (die Formen von AWS Batch: jobId, status,
statusReason, attempts, arrayProperties.statusSummary).
</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Usage: sloop schedules COMMAND [OPTIONS]

  add NAME --expression EXPR --function NAME [--timezone ZONE] [-q VERSION|ALIAS]
      [--input JSON] [--catch-up] [--disabled] [--description TEXT] [--json]
                              invoke the function on a schedule: rate(5 minutes),
                              cron(0 12 * * ? *) or at(2026-12-24T18:00:00), read
                              in ZONE (an IANA name; default UTC); the function
                              gets EventBridge&apos;s Scheduled Event, or --input
  add NAME --expression EXPR --batch-queue Q --batch-definition D[:REV] [...]
                              submit a Batch job on a schedule instead (named
                              after the schedule; its run settles when it ends)
  ls [--json]                 the schedules, their next fire and last outcome
  next EXPR|NAME [--timezone ZONE] [-n COUNT] [--json]
                              the next fires (10), in the zone and in UTC
  runs NAME [--limit N] [--json]
                              what became of its fires, missed ones included
  enable|disable NAME...      turn it on (from now) or off
  rm NAME...                  remove it

A window or &quot;sloop serve&quot; fires the schedules. A fire whose time passed while
none ran is reported as missed; with --catch-up the function is invoked once
for the latest missed fire. Cron has six fields (minutes hours day-of-month
month day-of-week year) as in EventBridge, with ? in one of the day fields.
</source>
        <translation>Aufruf: sloop schedules BEFEHL [OPTIONEN]

  add NAME --expression AUSDRUCK --function NAME [--timezone ZONE]
      [-q VERSION|ALIAS] [--input JSON] [--catch-up] [--disabled]
      [--description TEXT] [--json]
                              die Funktion nach einem Zeitplan aufrufen:
                              rate(5 minutes), cron(0 12 * * ? *) oder
                              at(2026-12-24T18:00:00), gelesen in ZONE (ein
                              IANA-Name; Standard UTC); die Funktion erhält
                              das Scheduled Event von EventBridge oder --input
  add NAME --expression AUSDRUCK --batch-queue Q --batch-definition D[:REV]
      [...]
                              stattdessen einen Batch-Job nach Zeitplan
                              einreichen (nach dem Zeitplan benannt; sein Lauf
                              gilt, wenn der Job endet)
  ls [--json]                 die Zeitpläne, ihre nächste Auslösung und ihr
                              letztes Ergebnis
  next AUSDRUCK|NAME [--timezone ZONE] [-n ANZAHL] [--json]
                              die nächsten Auslösungen (10), in der Zone und
                              in UTC
  runs NAME [--limit N] [--json]
                              was aus seinen Auslösungen wurde, verpasste
                              eingeschlossen
  enable|disable NAME...      einschalten (ab jetzt) oder ausschalten
  rm NAME...                  entfernen

Ein Fenster oder „sloop serve“ löst die Zeitpläne aus. Eine Auslösung, deren
Zeitpunkt verstrich, während keines von beiden lief, wird als verpasst
gemeldet; mit --catch-up wird die Funktion einmal für die letzte verpasste
Auslösung aufgerufen. Cron hat sechs Felder (minutes hours day-of-month
month day-of-week year) wie bei EventBridge, mit ? in einem der Tagesfelder.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: sloop buckets COMMAND [OPTIONS]

  add NAME --folder DIR [--json]
                              serve a folder as the S3 bucket NAME (made when
                              missing); its files are the objects
  ls [--json]                 the buckets, their objects and triggers
  rm NAME...                  stop serving it (the folder and files stay)
  trigger NAME --function F [--prefix P] [--suffix S]
          [--events created|removed|all]
                              send S3&apos;s event records (ObjectCreated:Put,
                              ObjectRemoved:Delete) to F as Event invocations
  triggers [NAME] [--json]    the triggers, with their IDs
  untrigger ID...             remove triggers

A window or &quot;sloop serve&quot; serves the buckets at the endpoint (path style:
aws --endpoint-url $(sloop endpoint) s3 cp photo.jpg s3://NAME/uploads/) and
sends the events: for objects put or deleted through it at once, for files
copied into the folder once they stop changing (checked every second).
</source>
        <translation>Aufruf: sloop buckets BEFEHL [OPTIONEN]

  add NAME --folder ORDNER [--json]
                              einen Ordner als S3-Bucket NAME bereitstellen
                              (wird angelegt, falls er fehlt); seine Dateien
                              sind die Objekte
  ls [--json]                 die Buckets, ihre Objekte und Auslöser
  rm NAME...                  nicht mehr bereitstellen (Ordner und Dateien
                              bleiben erhalten)
  trigger NAME --function F [--prefix P] [--suffix S]
          [--events created|removed|all]
                              die Ereignisdatensätze von S3 (ObjectCreated:Put,
                              ObjectRemoved:Delete) als Event-Aufrufe an F
                              senden
  triggers [NAME] [--json]    die Auslöser mit ihren IDs
  untrigger ID...             Auslöser entfernen

Ein Fenster oder „sloop serve“ stellt die Buckets am Endpunkt bereit (Pfadstil:
aws --endpoint-url $(sloop endpoint) s3 cp photo.jpg s3://NAME/uploads/) und
sendet die Ereignisse: für Objekte, die darüber abgelegt oder gelöscht werden,
sofort; für in den Ordner kopierte Dateien, sobald sie sich nicht mehr ändern
(jede Sekunde geprüft).
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: sloop apis COMMAND [OPTIONS]

  create NAME [--type http|rest|websocket] [--port P] [--bind ADDRESS]
         [--route-selection EXPR] [--description D] [--json]
                              an API, served on 127.0.0.1:P (the next free
                              port from 4600 when not given); a WebSocket
                              API picks a message&apos;s route by EXPR
                              ($request.body.action)
  bind API ADDRESS            serve it on another address: 0.0.0.0 lets other
                              machines call it (127.0.0.1: this one only)
  cost [API] [--json]         this month&apos;s traffic as API Gateway would bill
                              it (requests, WebSocket messages and minutes,
                              cache hours), from the dated price file
  ls [--json]                 the APIs, their routes, stages and URLs
  show API [--json]           its routes and stages (JSON: each stage&apos;s url)
  rm API...                   remove it (its keys and plans stay)
  try API METHOD PATH [--stage S] [--key K] [-d BODY] [-H &apos;Name: value&apos;]...
                              send one request through the gateway; shows the
                              curl command, the status, headers and body
  cors API --origins LIST [--methods LIST] [--headers LIST] [--expose LIST]
       [--credentials] [--max-age S] | --off
                              answer browsers&apos; preflights and add the
                              Access-Control-* headers for those origins

An API serves at http://127.0.0.1:PORT/STAGE/PATH (an HTTP API&apos;s $default
stage at the root) once a stage is deployed; the window or &quot;sloop serve&quot;
serves it. See also: sloop routes, stages, authorizers, keys, usage-plans.
</source>
        <translation>Aufruf: sloop apis BEFEHL [OPTIONEN]

  create NAME [--type http|rest|websocket] [--port P] [--bind ADDRESS]
         [--route-selection EXPR] [--description D] [--json]
                              eine API, ausgeliefert unter 127.0.0.1:P (ohne
                              Angabe: der nächste freie Port ab 4600); eine
                              WebSocket-API wählt die Route einer Nachricht
                              anhand von EXPR ($request.body.action)
  bind API ADDRESS            sie unter einer anderen Adresse ausliefern: mit
                              0.0.0.0 können andere Rechner sie aufrufen
                              (127.0.0.1: nur dieser)
  cost [API] [--json]         der Verkehr dieses Monats, wie API Gateway ihn
                              berechnen würde (Anfragen, WebSocket-Nachrichten
                              und -Minuten, Cache-Stunden), aus der datierten
                              Preisdatei
  ls [--json]                 die APIs, ihre Routen, Stufen und URLs
  show API [--json]           ihre Routen und Stufen (JSON: die url jeder
                              Stufe)
  rm API...                   sie entfernen (ihre Schlüssel und Pläne bleiben)
  try API METHOD PATH [--stage S] [--key K] [-d BODY] [-H &apos;Name: value&apos;]...
                              eine Anfrage über das Gateway senden; zeigt den
                              curl-Befehl, den Status, die Header und den Body
  cors API --origins LIST [--methods LIST] [--headers LIST] [--expose LIST]
       [--credentials] [--max-age S] | --off
                              die Preflight-Anfragen von Browsern beantworten
                              und für diese Ursprünge die Header
                              Access-Control-* hinzufügen

Eine API antwortet unter http://127.0.0.1:PORT/STAGE/PATH (die Stufe $default
einer HTTP-API an der Wurzel), sobald eine Stufe bereitgestellt ist; das
Fenster oder „sloop serve“ liefert sie aus. Siehe auch: sloop routes, stages,
authorizers, keys, usage-plans.
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Usage: sloop stages COMMAND [OPTIONS]

  deploy API STAGE [--description D] [--json]
                              snapshot the routes as a deployment and serve it
                              at STAGE (made when new; $default for the root)
  ls API [--json]             the stages, their deployments and URLs
  rollback API STAGE [--to DEPLOYMENT]
                              serve an earlier deployment (the one before by
                              default)
  set API STAGE [--rate R --burst B] [--variable NAME=VALUE]...
                              throttle the whole stage (R requests a second,
                              bursts of B; 0: none) and set its variables
  cache API STAGE [--ttl S] [--key-query LIST] [--key-header LIST]
        [--capacity MB] [--invalidators KEYS] | --off
                              keep GET answers S seconds (300), by path and
                              the named query strings and headers, in at most
                              MB (512); Cache-Control: max-age=0 fetches
                              afresh only with one of the KEYS (x-api-key)
  flush-cache API STAGE       forget the stage&apos;s cached answers
</source>
        <translation>Aufruf: sloop stages BEFEHL [OPTIONEN]

  deploy API STAGE [--description D] [--json]
                              die Routen als Bereitstellung festhalten und
                              unter STAGE ausliefern (wird bei Bedarf
                              angelegt; $default für die Wurzel)
  ls API [--json]             die Stufen, ihre Bereitstellungen und URLs
  rollback API STAGE [--to DEPLOYMENT]
                              eine frühere Bereitstellung ausliefern
                              (standardmäßig die vorherige)
  set API STAGE [--rate R --burst B] [--variable NAME=VALUE]...
                              die ganze Stufe drosseln (R Anfragen pro
                              Sekunde, Bursts von B; 0: keine) und ihre
                              Variablen setzen
  cache API STAGE [--ttl S] [--key-query LIST] [--key-header LIST]
        [--capacity MB] [--invalidators KEYS] | --off
                              GET-Antworten S Sekunden (300) aufbewahren, nach
                              Pfad und den genannten Query-Strings und
                              Headern, in höchstens MB (512);
                              Cache-Control: max-age=0 holt nur mit einem der
                              KEYS (x-api-key) eine frische Antwort
  flush-cache API STAGE       die zwischengespeicherten Antworten der Stufe
                              verwerfen
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: sloop authorizers COMMAND [OPTIONS]

  create API NAME --type jwt --issuer ISS --audience LIST --jwks FILE
         [--identity-source SRC] [--json]
                              check a bearer token&apos;s signature against the
                              issuer&apos;s key set (RS256, ES256…), its issuer,
                              audience and expiry
  create API NAME --type request|token --function F [--ttl S]
         [--identity-source LIST] [--payload 1.0|2.0] [--simple] [--json]
                              invoke F with the caller&apos;s identity; it answers
                              an IAM policy (or, with --simple, isAuthorized),
                              kept S seconds per identity (300; 0: never)
  ls API [--json]             the API&apos;s authorizers
  rm API NAME                 remove one no route uses

An identity source is $request.header.NAME or $request.querystring.NAME
($request.header.Authorization by default). Routes use one with
sloop routes add ... --authorizer NAME [--scope LIST]. Without the identity
a caller gets 401 {&quot;message&quot;:&quot;Unauthorized&quot;}; denied, 403. Changes apply at
once, without a deployment.
</source>
        <translation>Aufruf: sloop authorizers BEFEHL [OPTIONEN]

  create API NAME --type jwt --issuer ISS --audience LIST --jwks FILE
         [--identity-source SRC] [--json]
                              die Signatur eines Bearer-Tokens anhand des
                              Schlüsselsatzes des Ausstellers (RS256,
                              ES256…) prüfen, dazu Aussteller, Zielgruppe und
                              Ablauf
  create API NAME --type request|token --function F [--ttl S]
         [--identity-source LIST] [--payload 1.0|2.0] [--simple] [--json]
                              F mit der Identität des Aufrufers aufrufen; sie
                              antwortet mit einer IAM-Richtlinie (oder, mit
                              --simple, isAuthorized), S Sekunden pro
                              Identität aufbewahrt (300; 0: nie)
  ls API [--json]             die Autorisierer der API
  rm API NAME                 einen entfernen, den keine Route verwendet

Eine Identitätsquelle ist $request.header.NAME oder $request.querystring.NAME
(standardmäßig $request.header.Authorization). Eine Route verwendet einen
Autorisierer über sloop routes add ... --authorizer NAME [--scope LIST]. Ohne
die Identität erhält ein Aufrufer 401 {&quot;message&quot;:&quot;Unauthorized&quot;}; bei
Ablehnung 403. Änderungen gelten sofort, ohne Bereitstellung.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: sloop keys COMMAND [OPTIONS]

  create NAME [--json]        an API key; its value is shown once (JSON: id,
                              value) and only its hash is kept
  ls [--json]                 the keys and their requests today
  rm KEY...                   remove a key (and it from its plans)

Clients send the value as the x-api-key header. A route added with
--api-key-required takes a key in a usage plan for the API&apos;s stage.
</source>
        <translation>Aufruf: sloop keys BEFEHL [OPTIONEN]

  create NAME [--json]        ein API-Schlüssel; sein Wert wird einmal
                              angezeigt (JSON: id, value), aufbewahrt wird nur
                              sein Hash
  ls [--json]                 die Schlüssel und ihre heutigen Anfragen
  rm KEY...                   einen Schlüssel entfernen (auch aus seinen
                              Plänen)

Clients senden den Wert im Header x-api-key. Eine mit --api-key-required
hinzugefügte Route verlangt einen Schlüssel aus einem Nutzungsplan für die
Stufe der API.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: sloop usage-plans COMMAND [OPTIONS]

  create NAME --rate R --burst B [--quota N --period day|week|month]
         --stage API:STAGE... [--json]
                              R requests a second per key, bursts of B, at
                              most N requests a period per key
  add-key PLAN KEY            let the key use the plan&apos;s stages
  ls [--json]                 the plans, their stages and keys
  rm PLAN...                  remove a plan
  usage [KEY] [--from DATE] [--to DATE] [--csv | --json]
                              requests per key per day (this month by
                              default): what to bill from

Past the rate a key gets 429 {&quot;message&quot;:&quot;Too Many Requests&quot;}; past the
quota 429 {&quot;message&quot;:&quot;Limit Exceeded&quot;}; without a valid key 403
{&quot;message&quot;:&quot;Forbidden&quot;}, as API Gateway answers. Weeks start on Monday,
days at midnight UTC.
</source>
        <translation>Aufruf: sloop usage-plans BEFEHL [OPTIONEN]

  create NAME --rate R --burst B [--quota N --period day|week|month]
         --stage API:STAGE... [--json]
                              R Anfragen pro Sekunde und Schlüssel, Bursts
                              von B, höchstens N Anfragen pro Zeitraum und
                              Schlüssel
  add-key PLAN KEY            dem Schlüssel die Stufen des Plans erlauben
  ls [--json]                 die Pläne, ihre Stufen und Schlüssel
  rm PLAN...                  einen Plan entfernen
  usage [KEY] [--from DATE] [--to DATE] [--csv | --json]
                              Anfragen pro Schlüssel und Tag (standardmäßig
                              im laufenden Monat): die Grundlage für die
                              Abrechnung

Über der Rate erhält ein Schlüssel 429 {&quot;message&quot;:&quot;Too Many Requests&quot;}; über
dem Kontingent 429 {&quot;message&quot;:&quot;Limit Exceeded&quot;}; ohne gültigen Schlüssel 403
{&quot;message&quot;:&quot;Forbidden&quot;}, so wie API Gateway antwortet. Wochen beginnen am
Montag, Tage um Mitternacht UTC.
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Usage: sloop metrics TARGET [--metric NAME] [--since DURATION] [--json]

Prints a series from the metric store (the window or &quot;sloop serve&quot; collects
them): time, average, minimum and maximum. The last hour comes as the raw
samples, up to 14 days as minutes, longer as hours.

  TARGET                      host/NAME, container/ENGINE/NAME, engine/NAME,
                              function/NAME, or a host&apos;s name
  -m, --metric NAME           cpu (default), memory, net_in, net_out, disk, or
                              any other metric the target has; a function&apos;s:
                              invocations, errors, throttles, duration,
                              duration_p50/_p95/_p99, concurrent_executions,
                              cold_starts, async_event_age, dead_letter_errors
  --since DURATION            30m, 1h (default), 6h, 1d, 1w, 2w... up to 365d
  --json                      JSON on stdout instead of a table
</source>
        <translation>Aufruf: sloop metrics ZIEL [--metric NAME] [--since DAUER] [--json]

Gibt eine Reihe aus dem Metrikspeicher aus (das Fenster oder „sloop serve“
erfasst die Werte): Zeit, Durchschnitt, Minimum und Maximum. Die letzte Stunde
kommt als Rohwerte, bis zu 14 Tage als Minutenwerte, länger als Stundenwerte.

  ZIEL                        host/NAME, container/ENGINE/NAME, engine/NAME,
                              function/NAME oder der Name eines Hosts
  -m, --metric NAME           cpu (Standard), memory, net_in, net_out, disk
                              oder jede andere Metrik, die das Ziel hat; bei
                              einer Funktion: invocations, errors, throttles,
                              duration, duration_p50/_p95/_p99,
                              concurrent_executions, cold_starts,
                              async_event_age, dead_letter_errors
  --since DAUER               30m, 1h (Standard), 6h, 1d, 1w, 2w... bis 365d
  --json                      JSON auf stdout statt einer Tabelle
</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Usage: sloop functions COMMAND [OPTIONS]

  create NAME --code DIR|ZIP|--template ID|--runtime image --image REF [OPTIONS]
                              build the function&apos;s image on its engine and keep it;
                              templates: hello-python, hello-nodejs, webhook-python,
                              scheduled-python, thumbnail-python,
                              nightly-backup-python, shell-runtime
      --runtime R             python3 (default: handler(event, context)), nodejs
                              (exports.handler = async (event, context) =&gt; ...),
                              provided (the code&apos;s own executable &quot;bootstrap&quot;
                              speaks the Lambda Runtime API) or image (--image
                              REF on the engine, whose entry point does)
      --handler H             FILE.FUNCTION (default app.handler); for an image,
                              what replaces its CMD
      --memory MB             128 to 10240 (default 128)
      --timeout S             1 to 900 seconds (default 3)
      --tmp MB                the size of /tmp, 512 to 10240 (default 512)
      --concurrency N         at most N at once (0: every invocation is throttled)
      -e, --env KEY=VALUE     an environment variable (repeatable)
      --no-network            no network at all inside
      --network NET           join the engine&apos;s Docker network NET: reach its
                              containers by name
      --engine E[,E2...]      the engine it runs on (default: the first); with
                              more, its environments spread over them
      --description TEXT
  deploy NAME --code DIR|ZIP  new code; warm environments of the old code retire
  deploy NAME --image REF     an image function&apos;s new image (or the same, rebuilt)
  configure NAME [OPTIONS]    change --handler, --memory, --timeout, --tmp,
                              --concurrency N (or --unreserve), -e KEY=VALUE
                              (or --unset-env KEY), --description, --no-network
                              or --network NET|default; warm environments retire
  ls [--json]                 the functions
  show NAME [--json]          one function&apos;s configuration
  publish NAME [--description TEXT]
                              $LATEST as the next numbered version (immutable)
  versions NAME [--json]      the versions and the aliases pointing at them
  alias NAME ALIAS --version N [--extra-version M --extra-weight W]
                              point an alias at a version; with a second version
                              getting W (0 to 1) of the invocations: a canary
  invoke NAME [--payload JSON | --payload-file FILE|-] [-q VERSION|ALIAS]
         [--log] [--async] [--json]
                              run it once and print what it returned; exit 1
                              with its error object when it failed; --log prints
                              Lambda&apos;s log (START, END, REPORT) on stderr;
                              --async queues it as an Event and prints its id
  async-config NAME [--retries 0-2] [--max-age S] [--on-failure DIR|function:F|none]
                              how Event invocations are retried (default 2, after
                              1 and 2 minutes), how old one may get (default 6 h),
                              and where one that never succeeded goes
  queue [NAME] [--json]       the Event invocations waiting
  cost [NAME...] [--json]     this month&apos;s requests and GB-seconds, what they
                              cost on Lambda (x86, Arm, after the free tier) and
                              here (a share of the machine&apos;s stated cost)
  logs NAME [--limit N] [--filter PATTERN] [--errors] [--since 1h] [-f] [--json]
                              the latest invocations&apos; logs, oldest first; --filter
                              as CloudWatch Logs: ERROR &quot;a phrase&quot; -exclude ?any
                              (some line has them); -f, --follow: then each new
                              one as it comes, until Ctrl+C
  rm NAME...                  the function, its image, its code, its schedules
                              and its logs

Functions run on the image sloop/runtime:bookworm; build it with
scripts/build-runtime-images.sh. While a window or &quot;sloop serve&quot; runs,
invocations go to its warm environments; else each one starts cold. Event
invocations are kept in the store until they are done with and run at least
once: by the window or &quot;sloop serve&quot;, whichever owns the data folder.
</source>
        <translation>Aufruf: sloop functions BEFEHL [OPTIONEN]

  create NAME --code DIR|ZIP|--template ID|--runtime image --image REF
         [OPTIONS]
                              das Image der Funktion auf ihrer Engine bauen
                              und behalten; Vorlagen: hello-python,
                              hello-nodejs, webhook-python, scheduled-python,
                              thumbnail-python, nightly-backup-python,
                              shell-runtime
      --runtime R             python3 (Standard; handler(event, context)),
                              provided (das eigene ausführbare „bootstrap“ des
                              Codes spricht die Lambda Runtime API), image
                              (--image REF auf der Engine, dessen
                              Einstiegspunkt das tut) oder nodejs
                              (exports.handler = async (event, context) =&gt; ...)
      --handler H             FILE.FUNCTION (Standard app.handler); bei einem
                              Image das, was sein CMD ersetzt
      --memory MB             128 bis 10240 (Standard 128)
      --timeout S             1 bis 900 Sekunden (Standard 3)
      --tmp MB                die Größe von /tmp, 512 bis 10240 (Standard 512)
      --concurrency N         höchstens N gleichzeitig (0: jeder Aufruf wird
                              gedrosselt)
      -e, --env KEY=VALUE     eine Umgebungsvariable (wiederholbar)
      --no-network            überhaupt kein Netzwerk im Inneren
      --network NET           dem Docker-Netzwerk NET der Engine beitreten:
                              ihre Container über den Namen erreichen
      --engine E[,E2...]      die Engine, auf der sie läuft (Standard: die
                              erste); bei mehreren verteilen sich ihre
                              Ausführungsumgebungen auf sie
      --description TEXT
  deploy NAME --code DIR|ZIP  neuer Code; warme Ausführungsumgebungen des
                              alten Codes werden beendet
  deploy NAME --image REF     das neue Image einer Image-Funktion (oder
                              dasselbe, neu gebaut)
  configure NAME [OPTIONS]    --handler, --memory, --timeout, --tmp,
                              --concurrency N (oder --unreserve), -e KEY=VALUE
                              (oder --unset-env KEY), --description,
                              --no-network oder --network NET|default ändern;
                              warme Ausführungsumgebungen werden beendet
  ls [--json]                 die Funktionen
  show NAME [--json]          die Konfiguration einer Funktion
  publish NAME [--description TEXT]
                              $LATEST als nächste nummerierte Version
                              veröffentlichen (unveränderlich)
  versions NAME [--json]      die Versionen und die Aliase, die auf sie zeigen
  alias NAME ALIAS --version N [--extra-version M --extra-weight W]
                              einen Alias auf eine Version zeigen lassen; mit
                              einer zweiten Version, die den Anteil W (0 bis 1)
                              der Aufrufe erhält: ein Canary
  invoke NAME [--payload JSON | --payload-file FILE|-] [-q VERSION|ALIAS]
         [--log] [--async] [--json]
                              einmal ausführen und ausgeben, was sie
                              zurückgegeben hat; bei einem Fehler mit Status 1
                              und ihrem Fehlerobjekt enden; --log gibt das Log
                              von Lambda (START, END, REPORT) auf stderr aus;
                              --async stellt den Aufruf als Event in die
                              Warteschlange und gibt seine ID aus
  async-config NAME [--retries 0-2] [--max-age S]
               [--on-failure DIR|function:F|none]
                              wie Event-Aufrufe wiederholt werden (Standard 2,
                              nach 1 und 2 Minuten), wie alt einer werden darf
                              (Standard 6 h) und wohin einer geht, der nie
                              erfolgreich war
  queue [NAME] [--json]       die wartenden Event-Aufrufe
  cost [NAME...] [--json]     die Anfragen und GB-Sekunden dieses Monats, was
                              sie bei Lambda kosten (x86, Arm, nach dem
                              kostenlosen Kontingent) und hier (ein Anteil an
                              den angegebenen Kosten des Rechners)
  logs NAME [--limit N] [--filter PATTERN] [--errors] [--since 1h] [-f]
       [--json]
                              die Logs der letzten Aufrufe, älteste zuerst;
                              --filter wie bei CloudWatch Logs:
                              ERROR &quot;a phrase&quot; -exclude ?any (eine Zeile
                              enthält sie); -f, --follow: danach jeden neuen
                              Aufruf, sobald er kommt, bis Strg+C
  rm NAME...                  die Funktion samt Image, Code, Zeitplänen und
                              Logs löschen

Funktionen laufen auf dem Image sloop/runtime:bookworm; bauen Sie es mit
scripts/build-runtime-images.sh. Solange ein Fenster oder „sloop serve“ läuft,
gehen Aufrufe an dessen warme Ausführungsumgebungen; sonst startet jeder kalt.
Event-Aufrufe bleiben im Speicher, bis sie erledigt sind, und werden mindestens
einmal ausgeführt: vom Fenster oder von „sloop serve“, je nachdem, welches von
beiden den Datenordner besitzt.
</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Usage: sloop engines COMMAND [OPTIONS]

  ls [--json]           the engines and whether each one answers
  add NAME ADDRESS      name another engine&apos;s socket (unix:///path/docker.sock)
  rm NAME               forget an added engine (the engine is untouched)

The local engine (DOCKER_HOST is honoured) and Podman&apos;s socket are found by
themselves; SSH hosts with Docker bring their engines under the host&apos;s name.
</source>
        <translation>Aufruf: sloop engines BEFEHL [OPTIONEN]

  ls [--json]           die Engines und ob jede davon antwortet
  add NAME ADDRESS      dem Socket einer weiteren Engine einen Namen geben
                        (unix:///path/docker.sock)
  rm NAME               eine hinzugefügte Engine vergessen (die Engine selbst
                        bleibt unberührt)

Die lokale Engine (DOCKER_HOST wird beachtet) und der Socket von Podman werden
von selbst gefunden; SSH-Hosts mit Docker bringen ihre Engines unter dem Namen
des Hosts mit.
</translation>
    </message>
    <message>
        <location line="+425"/>
        <source>Usage: sloop routes COMMAND [OPTIONS]

  add API &apos;METHOD /path&apos; (--function F | --url URL | --mock STATUS [--body B])
      [--payload 1.0|2.0] [--timeout MS] [--api-key-required]
      [--authorizer NAME [--scope LIST]] [--two-way] [--json]
                              add or replace a route; METHOD is GET, POST, PUT,
                              PATCH, DELETE, HEAD, OPTIONS or ANY; the path may
                              hold {param} parts and end in {proxy+}; the route
                              $default takes what no other matches
  ls API [--json]             the routes (not yet deployed ones too)
  rm API &apos;METHOD /path&apos;       remove a route

--function F[:QUALIFIER] invokes F with API Gateway&apos;s proxy event (payload 2.0
by default; a REST API&apos;s is 1.0); --url passes the request on ({proxy} in the
URL is the path&apos;s {proxy+}); --mock answers STATUS and BODY. The timeout is
29000 ms by default. Routes change what a stage serves once deployed.
A WebSocket API&apos;s routes are $connect, $disconnect, $default and the values of
its route selection expression (sloop routes add chat sendmessage --function F);
--two-way sends the function&apos;s answer back to the client. Functions and callers
send to a client with POST /STAGE/@connections/ID on the API&apos;s port (signed
with a key from sloop credentials, e.g. aws apigatewaymanagementapi).
</source>
        <translation>Aufruf: sloop routes BEFEHL [OPTIONEN]

  add API &apos;METHOD /path&apos; (--function F | --url URL | --mock STATUS [--body B])
      [--payload 1.0|2.0] [--timeout MS] [--api-key-required]
      [--authorizer NAME [--scope LIST]] [--two-way] [--json]
                              eine Route hinzufügen oder ersetzen; METHOD ist
                              GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
                              oder ANY; der Pfad darf {param}-Teile enthalten
                              und auf {proxy+} enden; die Route $default
                              nimmt, was zu keiner anderen passt
  ls API [--json]             die Routen (auch noch nicht bereitgestellte)
  rm API &apos;METHOD /path&apos;       eine Route entfernen

--function F[:QUALIFIER] ruft F mit dem Proxy-Ereignis von API Gateway auf
(standardmäßig Payload 2.0; bei einer REST-API 1.0); --url reicht die Anfrage
weiter ({proxy} in der URL ist das {proxy+} des Pfads); --mock antwortet mit
STATUS und BODY. Das Zeitlimit beträgt standardmäßig 29000 ms. Routen ändern,
was eine Stufe ausliefert, sobald sie bereitgestellt sind.
Die Routen einer WebSocket-API sind $connect, $disconnect, $default und die
Werte ihres Routenauswahlausdrucks (sloop routes add chat sendmessage
--function F); --two-way sendet die Antwort der Funktion an den Client zurück.
Funktionen und Aufrufer erreichen einen Client mit POST /STAGE/@connections/ID
über den Port der API (signiert mit einem Schlüssel aus sloop credentials,
etwa durch aws apigatewaymanagementapi).
</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Usage: sloop credentials COMMAND [OPTIONS]

  create [--description TEXT] [--json]
                    a new access key for the AWS-compatible endpoint; the
                    secret is printed once and kept in the keychain
  ls [--json]       the access keys (never their secrets)
  rm ID...          refuse a key from now on

Requests to the endpoint must be signed (AWS Signature Version 4) with one of
these keys, as AWS&apos;s CLI and SDKs sign them.
</source>
        <translation>Aufruf: sloop credentials BEFEHL [OPTIONEN]

  create [--description TEXT] [--json]
                    ein neuer Zugriffsschlüssel für den AWS-kompatiblen
                    Endpunkt; der geheime Schlüssel wird einmal ausgegeben
                    und im Schlüsselbund abgelegt
  ls [--json]       die Zugriffsschlüssel (nie ihre geheimen Schlüssel)
  rm ID...          einen Schlüssel ab sofort ablehnen

Anfragen an den Endpunkt müssen mit einem dieser Schlüssel signiert sein
(AWS Signature Version 4), so wie die CLI und die SDKs von AWS sie signieren.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: sloop endpoint [--json]

Prints the URL of Sloop&apos;s AWS-compatible endpoint (Lambda&apos;s API) on this
machine, served by the window or &quot;sloop serve&quot;. For AWS&apos;s CLI:
  aws --endpoint-url $(sloop endpoint) lambda invoke --function-name NAME out.json
</source>
        <translation>Aufruf: sloop endpoint [--json]

Gibt die URL des AWS-kompatiblen Endpunkts von Sloop (die API von Lambda) auf
diesem Rechner aus, bedient vom Fenster oder von „sloop serve“. Für die CLI
von AWS:
  aws --endpoint-url $(sloop endpoint) lambda invoke --function-name NAME out.json
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Run &quot;%1&quot; for usage.</source>
        <translation>„%1“ zeigt die Hilfe zum Aufruf.</translation>
    </message>
    <message>
        <location filename="../app/cli/hostcommands.cpp" line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/registrycommands.cpp" line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/authorizercommands.cpp" line="-43"/>
        <source>issuer %1, audience %2</source>
        <translation>Aussteller %1, Zielgruppe %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function %1, answers kept %2 s</source>
        <translation>Funktion %1, Antworten %2 s aufbewahrt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;authorizers create&quot; takes an API and a NAME</source>
        <translation>„authorizers create“ erwartet eine API und einen NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type is jwt, request or token</source>
        <translation>--type ist jwt, request oder token</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--ttl takes seconds</source>
        <translation>--ttl erwartet Sekunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authorizer %1: %2</source>
        <translation>Autorisierer %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it on a route: sloop routes add %1 &apos;GET /path&apos; ... --authorizer %2</source>
        <translation>Auf einer Route verwenden: sloop routes add %1 &apos;GET /path&apos; ... --authorizer %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;authorizers ls&quot; takes one API</source>
        <translation>„authorizers ls“ erwartet genau eine API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No authorizers. Add one: sloop authorizers create %1 NAME --type jwt --issuer URL --audience A --jwks FILE</source>
        <translation>Keine Autorisierer. Fügen Sie einen hinzu: sloop authorizers create %1 NAME --type jwt --issuer URL --audience A --jwks FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/hostcommands.cpp" line="+1"/>
        <source>IDENTITY</source>
        <translation>IDENTITÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECKS</source>
        <translation>PRÜFUNGEN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;authorizers rm&quot; takes an API and a NAME</source>
        <translation>„authorizers rm“ erwartet eine API und einen NAME</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown authorizers command &quot;%1&quot;</source>
        <translation>unbekannter authorizers-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/hostcommands.cpp" line="+0"/>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;hosts add&quot; takes one NAME</source>
        <translation>„hosts add“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--port needs a number, not &quot;%1&quot;</source>
        <translation>--port braucht eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;hosts ls&quot; takes no names</source>
        <translation>„hosts ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;hosts rm&quot; takes one or more NAMEs</source>
        <translation>„hosts rm“ erwartet einen oder mehrere NAMEN</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--timeout needs a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout braucht eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>&quot;hosts exec&quot; takes NAME -- COMMAND...</source>
        <translation>„hosts exec“ erwartet NAME -- BEFEHL...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;hosts info&quot; takes one NAME</source>
        <translation>„hosts info“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the facts script failed on %1 (exit %2): %3</source>
        <translation>das Fakten-Skript ist auf %1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>os</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uptime (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpus</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory total (KiB)</source>
        <translation>Speicher gesamt (KiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory available (KiB)</source>
        <translation>Speicher verfügbar (KiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KiB used of %2 KiB (%3)</source>
        <translation>%1 KiB von %2 KiB belegt (%3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown hosts command &quot;%1&quot;</source>
        <translation>unbekannter hosts-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/hostsession.cpp" line="+33"/>
        <source>Its %1 key fingerprint is %2.</source>
        <translation>Sein %1-Schlüssel hat den Fingerabdruck %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it matches, run the command again with --accept-new-host-key.</source>
        <translation>Wenn er übereinstimmt, den Befehl mit --accept-new-host-key erneut ausführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (on record: %2)</source>
        <translation>%1 (gespeichert: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the store %1: %2</source>
        <translation>der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no host named &quot;%1&quot; (see &quot;sloop hosts ls&quot;)</source>
        <translation>es gibt keinen Host namens „%1“ (siehe „sloop hosts ls“)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sloop: logged in to %1 without a password or passphrase: nothing to save</source>
        <translation>sloop: bei %1 ohne Passwort oder Passphrase angemeldet: nichts zu speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sloop: saved %1 in the keychain</source>
        <translation>sloop: %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sloop: added %1&apos;s %2 key %3 to %4</source>
        <translation>sloop: %2-Schlüssel %3 von %1 zu %4 hinzugefügt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the command on %1 did not finish within %2 s; it was stopped</source>
        <translation>der Befehl auf %1 wurde nicht innerhalb von %2 s fertig; er wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../app/cli/connectsecrets.cpp" line="+97"/>
        <source>%1; asking instead</source>
        <translation>%1; stattdessen wird nachgefragt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/hostsecretcommands.cpp" line="+22"/>
        <location filename="../app/cli/registrycommands.cpp" line="-55"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/hostsecretcommands.cpp" line="-1"/>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the password for %1</source>
        <translation>das Passwort für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passphrase for %1</source>
        <translation>die Passphrase für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not saved.</source>
        <translation>%1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password came from the keychain and was refused: change it with &quot;sloop hosts secret set %1&quot; or remove it with &quot;sloop hosts secret rm %1&quot;.</source>
        <translation>Das Passwort stammt aus dem Schlüsselbund und wurde abgelehnt: Mit „sloop hosts secret set %1“ ändern oder mit „sloop hosts secret rm %1“ entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase for %1 came from the keychain: if it is wrong, change it with &quot;sloop hosts secret set %2 --key %1&quot;.</source>
        <translation>Die Passphrase für %1 stammt aus dem Schlüsselbund: Falls sie falsch ist, mit „sloop hosts secret set %2 --key %1“ ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/hostfiles.cpp" line="+40"/>
        <source><byte value="xd"/>%1 / %2 MB  %3%  %4 MB/s   </source>
        <translation><byte value="xd"/>%1 / %2 MB  %3%  %4 MB/s   </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;hosts put&quot; takes NAME LOCAL REMOTE</source>
        <translation>„hosts put“ erwartet NAME LOKAL REMOTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;hosts get&quot; takes NAME REMOTE LOCAL</source>
        <translation>„hosts get“ erwartet NAME REMOTE LOKAL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 MB in %2 s
</source>
        <translation>%1 MB in %2 s
</translation>
    </message>
    <message>
        <location filename="../app/cli/hostimportcommand.cpp" line="-26"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHERE</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>would import</source>
        <translation>würde importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option ignored</source>
        <translation>Option ignoriert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;hosts import-ssh-config&quot; takes at most one FILE</source>
        <translation>„hosts import-ssh-config“ erwartet höchstens eine DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/hostsecretcommands.cpp" line="+3"/>
        <source>no passphrase given: set SLOOP_SSH_PASSPHRASE or run the command on a terminal</source>
        <translation>keine Passphrase angegeben: SLOOP_SSH_PASSPHRASE setzen oder den Befehl in einem Terminal ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given: set SLOOP_SSH_PASSWORD or run the command on a terminal</source>
        <translation>kein Passwort angegeben: SLOOP_SSH_PASSWORD setzen oder den Befehl in einem Terminal ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was saved</source>
        <translation>es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved the passphrase for %1 in the keychain</source>
        <translation>Passphrase für %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved the password for %1 in the keychain</source>
        <translation>Passwort für %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing was removed</source>
        <translation>es wurde nichts entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain holds no passphrase for %1</source>
        <translation>der Schlüsselbund enthält keine Passphrase für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain holds no password for %1</source>
        <translation>der Schlüsselbund enthält kein Passwort für %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;hosts secret&quot; takes set or rm</source>
        <translation>„hosts secret“ erwartet set oder rm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;hosts secret %1&quot; takes one NAME</source>
        <translation>„hosts secret %1“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key needs the path of a private key file</source>
        <translation>--key braucht den Pfad einer privaten Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was added, but no secret was saved</source>
        <translation>%1 wurde hinzugefügt, aber es wurden keine Zugangsdaten gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="-274"/>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>BLUEPRINT</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>ON</source>
        <translation>AUF</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+1"/>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;instances create&quot; needs --blueprint, --plan and --name</source>
        <translation>„instances create“ braucht --blueprint, --plan und --name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --on HOST (a whole server) or --engine ENGINE (a system container), not both</source>
        <translation>--on HOST (ein ganzer Server) oder --engine ENGINE (ein System-Container) angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--count takes a number</source>
        <translation>--count erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the launch script %1: %2</source>
        <translation>das Startskript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the default alarms could not be made: %2</source>
        <translation>%1: die Standardalarme konnten nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="-278"/>
        <source>RUNTIME</source>
        <translation>LAUFZEITUMGEBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HANDLER</source>
        <translation>HANDLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>ZEITLIMIT</translation>
    </message>
    <message>
        <location filename="../app/cli/containerservicecommands.cpp" line="-182"/>
        <location filename="../app/cli/functioncommands.cpp" line="+0"/>
        <location filename="../app/cli/swarmcommands.cpp" line="+1"/>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="+4"/>
        <location line="+259"/>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/batchjobcommands.cpp" line="-234"/>
        <location filename="../app/cli/functionasynccommands.cpp" line="+2"/>
        <location line="+34"/>
        <location filename="../app/cli/functioncommands.cpp" line="-261"/>
        <location line="+260"/>
        <location filename="../app/cli/stagecommands.cpp" line="-156"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;batch submit&quot; needs --queue and --definition</source>
        <translation>„batch submit“ braucht --queue und --definition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--array-size takes a whole number</source>
        <translation>--array-size erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--depends-on takes ID, ID:N_TO_N or SEQUENTIAL</source>
        <translation>--depends-on erwartet ID, ID:N_TO_N oder SEQUENTIAL</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;batch describe&quot; takes one job ID</source>
        <translation>„batch describe“ erwartet genau eine Job-ID</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Job:         %1 (%2)</source>
        <translation>Job:           %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue:       %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition:  %1</source>
        <translation>Definition:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:      %1</source>
        <translation>Status:        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image:       %1</source>
        <translation>Image:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:     %1</source>
        <translation>Befehl:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources:   %1 vCPU, %2 MiB</source>
        <translation>Ressourcen:    %1 vCPU, %2 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created:     %1</source>
        <translation>Erstellt:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started:     %1</source>
        <translation>Gestartet:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped:     %1</source>
        <translation>Gestoppt:      %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Depends on:  %1</source>
        <translation>Hängt ab von:  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Array:       %1 children: %2</source>
        <translation>Array:         %1 Kind-Jobs: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt %1:   %2, exit %3, %4%5</source>
        <translation>Versuch %1:     %2, Exit-Code %3, %4%5</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--status takes SUBMITTED, PENDING, RUNNABLE, STARTING, RUNNING, SUCCEEDED or FAILED</source>
        <translation>--status erwartet SUBMITTED, PENDING, RUNNABLE, STARTING, RUNNING, SUCCEEDED oder FAILED</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-50"/>
        <source>There is no job queue called &quot;%1&quot;.</source>
        <translation>Es gibt keine Job-Warteschlange namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>JOB ID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>array of %1: %2</source>
        <translation>Array mit %1 Kind-Jobs: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name at least one job ID</source>
        <translation>geben Sie mindestens eine Job-ID an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is STARTING, RUNNING or finished: only terminate stops it</source>
        <translation>%1 ist STARTING, RUNNING oder abgeschlossen: Nur terminate stoppt ihn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;batch logs&quot; takes one job ID</source>
        <translation>„batch logs“ erwartet genau eine Job-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an array job: its children have the logs (%1:0, %1:1…)</source>
        <translation>%1 ist ein Array-Job: Die Logs liegen bei seinen Kind-Jobs (%1:0, %1:1…)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(the first part of this attempt&apos;s log was cut: the last %1 MiB are kept)
</source>
        <translation>(der erste Teil des Logs dieses Versuchs wurde abgeschnitten: Die letzten %1 MiB werden behalten)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has not run yet (%2).</source>
        <translation>%1 ist noch nicht gelaufen (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no attempt %2.</source>
        <translation>%1 hat keinen Versuch %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--since takes a span such as 6h, 1d or 2w</source>
        <translation>--since nimmt eine Spanne wie 6h, 1d oder 2w</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Since %1: %n attempt(s), %2 vCPU-hours, %3 GB-hours</source>
        <translation>
            <numerusform>Seit %1: %n Versuch, %2 vCPU-Stunden, %3 GB-Stunden</numerusform>
            <numerusform>Seit %1: %n Versuche, %2 vCPU-Stunden, %3 GB-Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On AWS Batch with Fargate:  %1</source>
        <translation>Auf AWS Batch mit Fargate: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On AWS Batch with EC2:      %1%2</source>
        <translation>Auf AWS Batch mit EC2:     %1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1, on demand)</source>
        <translation> (%1, on demand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attempt(s) were bigger than any EC2 type in the price file.</source>
        <translation>%1 Versuch(e) waren größer als jeder EC2-Typ in der Preisdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices: %1, taken on %2 (%3).</source>
        <translation>Preise: %1, erhoben am %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="-222"/>
        <source>--concurrency takes a whole number, 0 or more</source>
        <translation>--concurrency erwartet eine ganze Zahl, 0 oder größer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--env takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--env erwartet VAR=WERT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;functions create&quot; takes one NAME</source>
        <translation>„functions create“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown template &quot;%1&quot; (%2)</source>
        <translation>unbekannte Vorlage „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&quot;functions ls&quot; takes no names</source>
        <translation>„functions ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;functions show&quot; takes one NAME</source>
        <translation>„functions show“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/tmp</source>
        <translation>/tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreserved</source>
        <translation>nicht reserviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>unknown runtime &quot;%1&quot; (python3, nodejs, provided or image)</source>
        <translation>unbekannte Laufzeitumgebung „%1“ (python3, nodejs, provided oder image)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&quot;functions create&quot; needs --code DIR|ZIP, --template ID, or --runtime image --image REF</source>
        <translation>„functions create“ braucht --code DIR|ZIP, --template ID oder --runtime image --image REF</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;functions deploy&quot; takes NAME --code DIR|ZIP (or --image REF for an image function)</source>
        <translation>„functions deploy“ erwartet NAME --code DIR|ZIP (oder --image REF bei einer Image-Funktion)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;functions configure&quot; takes one NAME</source>
        <translation>„functions configure“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-network and --network exclude each other</source>
        <translation>--no-network und --network schließen einander aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--unreserve and --concurrency exclude each other</source>
        <translation>--unreserve und --concurrency schließen einander aus</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>on, joins %1</source>
        <translation>an, tritt %1 bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/instancecommands.cpp" line="+20"/>
        <source>sloop: asked the owner of the data folder, %1
</source>
        <translation>sloop: den Besitzer des Datenordners gefragt, %1
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>sloop: queued; it runs when a window or &quot;sloop serve&quot; owns the data folder
</source>
        <translation>sloop: in der Warteschlange; der Aufruf läuft, sobald ein Fenster oder „sloop serve“ den Datenordner besitzt
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;functions invoke&quot; takes one NAME</source>
        <translation>„functions invoke“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/containerservicecommands.cpp" line="-165"/>
        <location filename="../app/cli/functioncommands.cpp" line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/functionlogscommand.cpp" line="+57"/>
        <source>Cannot watch for SIGTERM and SIGINT; not following.</source>
        <translation>SIGTERM und SIGINT können nicht überwacht werden; den Logs wird nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;functions logs&quot; takes one NAME</source>
        <translation>„functions logs“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit takes a whole number, 1 or more</source>
        <translation>--limit erwartet eine ganze Zahl, 1 oder größer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--since takes a span like 30m, 6h, 2d or 1w</source>
        <translation>--since erwartet eine Zeitspanne wie 30m, 6h, 2d oder 1w</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="+34"/>
        <source>&quot;functions rm&quot; takes one or more NAMEs</source>
        <translation>„functions rm“ erwartet einen oder mehrere NAMEN</translation>
    </message>
    <message>
        <location filename="../app/cli/functionversioncommands.cpp" line="-54"/>
        <source>&quot;functions publish&quot; takes one NAME</source>
        <translation>„functions publish“ erwartet einen NAMEN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;functions versions&quot; takes one NAME</source>
        <translation>„functions versions“ erwartet einen NAMEN</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ALIASES</source>
        <translation>ALIASE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;functions alias&quot; takes NAME ALIAS --version N</source>
        <translation>„functions alias“ erwartet NAME ALIAS --version N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--version takes a published version&apos;s number</source>
        <translation>--version erwartet die Nummer einer veröffentlichten Version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--extra-version N needs --extra-weight W (0 to 1)</source>
        <translation>--extra-version N braucht --extra-weight W (0 bis 1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 -&gt; %2 (%3%), %4 (%5%)</source>
        <translation>%1 -&gt; %2 (%3 %), %4 (%5 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="+53"/>
        <source>unknown functions command &quot;%1&quot;</source>
        <translation>unbekannter functions-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="+31"/>
        <source>&quot;instances %1&quot; takes instance names</source>
        <translation>„instances %1“ erwartet Instanznamen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;instances snapshot&quot; takes INSTANCE SNAPSHOT_NAME</source>
        <translation>„instances snapshot“ erwartet INSTANZ SNAPSHOT_NAME</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown instances command &quot;%1&quot;</source>
        <translation>unbekannter instances-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <location filename="../app/cli/credentialcommands.cpp" line="+27"/>
        <source>&quot;credentials create&quot; takes no names</source>
        <translation>„credentials create“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Access key ID:     %1</source>
        <translation>Zugriffsschlüssel-ID:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key: %1</source>
        <translation>Geheimer Zugriffsschlüssel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
The secret is shown only now; Sloop keeps it in the keychain. For AWS&apos;s CLI and SDKs:
  export AWS_ACCESS_KEY_ID=%1 AWS_SECRET_ACCESS_KEY=%2 AWS_REGION=local
  aws --endpoint-url %3 lambda list-functions</source>
        <translation>
Der geheime Schlüssel wird nur jetzt angezeigt; Sloop legt ihn im Schlüsselbund ab. Für die CLI und die SDKs von AWS:
  export AWS_ACCESS_KEY_ID=%1 AWS_SECRET_ACCESS_KEY=%2 AWS_REGION=local
  aws --endpoint-url %3 lambda list-functions</translation>
    </message>
    <message>
        <location filename="../app/cli/apikeycommands.cpp" line="-267"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="-165"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="+208"/>
        <location filename="../app/cli/credentialcommands.cpp" line="+28"/>
        <location filename="../app/cli/instancecommands.cpp" line="+0"/>
        <location filename="../app/cli/registrycommands.cpp" line="+140"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../app/cli/credentialcommands.cpp" line="+0"/>
        <source>ACCESS KEY ID</source>
        <translation>ZUGRIFFSSCHLÜSSEL-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/functionversioncommands.cpp" line="-60"/>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;credentials rm&quot; takes one or more access key IDs</source>
        <translation>„credentials rm“ erwartet eine oder mehrere Zugriffsschlüssel-IDs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown credentials command &quot;%1&quot;</source>
        <translation>unbekannter credentials-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/instancecommands.cpp" line="+10"/>
        <source>&quot;snapshots restore&quot; takes SNAPSHOT NEW_NAME (or, for a server snapshot, the instance to unpack it onto)</source>
        <translation>„snapshots restore“ erwartet SNAPSHOT NEUER_NAME (oder, bei einem Server-Snapshot, die Instanz, auf die er entpackt wird)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown snapshots command &quot;%1&quot;</source>
        <translation>unbekannter snapshots-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommands.cpp" line="-19"/>
        <source>&quot;plans ls&quot; takes no names</source>
        <translation>„plans ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommands.cpp" line="-236"/>
        <source>&quot;batch environments create&quot; takes a name, --engine E (repeatable) and --max-vcpus N</source>
        <translation>„batch environments create“ erwartet einen Namen, --engine E (wiederholbar) und --max-vcpus N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--max-vcpus takes a number</source>
        <translation>--max-vcpus erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-memory takes a number of MiB</source>
        <translation>--max-memory erwartet eine Zahl in MiB</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MAX VCPUS</source>
        <translation>MAX. VCPUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAX MEMORY</source>
        <translation>MAX. SPEICHER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENGINES</source>
        <translation>ENGINES</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+191"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>engines&apos;</source>
        <translation>der Engines</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name at least one</source>
        <translation>geben Sie mindestens einen Namen an</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;batch queues create&quot; takes a name and --environments E1,E2</source>
        <translation>„batch queues create“ erwartet einen Namen und --environments E1,E2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--priority takes a whole number</source>
        <translation>--priority erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENVIRONMENTS</source>
        <translation>UMGEBUNGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUNNABLE</source>
        <translation>RUNNABLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="-44"/>
        <source>RUNNING</source>
        <translation>RUNNING</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SUCCEEDED</source>
        <translation>SUCCEEDED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;batch definitions register&quot; takes a name and --image IMG, then -- COMMAND...</source>
        <translation>„batch definitions register“ erwartet einen Namen und --image IMG, dann -- BEFEHL...</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="-145"/>
        <source>--vcpus and --memory take numbers</source>
        <translation>--vcpus und --memory erwarten Zahlen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+18"/>
        <source>VCPUS</source>
        <translation>VCPUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEFINITION</source>
        <translation>DEFINITION</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/containerservicecommands.cpp" line="+126"/>
        <location filename="../app/cli/functioncommands.cpp" line="-458"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+0"/>
        <location line="+115"/>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown batch environments command &quot;%1&quot;</source>
        <translation>unbekannter batch-environments-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown batch queues command &quot;%1&quot;</source>
        <translation>unbekannter batch-queues-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown batch definitions command &quot;%1&quot;</source>
        <translation>unbekannter batch-definitions-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown batch command &quot;%1&quot;</source>
        <translation>unbekannter batch-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommands.cpp" line="-115"/>
        <source>DISK</source>
        <translation>FESTPLATTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRANSFER</source>
        <translation>TRANSFER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOURLY</source>
        <translation>STÜNDLICH</translation>
    </message>
    <message>
        <location filename="../app/cli/containerservicecommands.cpp" line="+8"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+8"/>
        <source>%1, taken on %2 from %3</source>
        <translation>%1, erhoben am %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommands.cpp" line="+106"/>
        <source>HOST OR ENGINE</source>
        <translation>HOST ODER ENGINE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INSTANCES</source>
        <translation>INSTANZEN</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncommands.cpp" line="+1"/>
        <location filename="../app/cli/pricingcommands.cpp" line="+1"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommands.cpp" line="+0"/>
        <source>THEIR SHARE</source>
        <translation>IHR ANTEIL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no host or engine named %1 (see &quot;sloop hosts ls&quot; and &quot;sloop engines ls&quot;)</source>
        <translation>es gibt keinen Host und keine Engine namens %1 (siehe „sloop hosts ls“ und „sloop engines ls“)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;costs set&quot; takes HOST_OR_ENGINE AMOUNT</source>
        <translation>„costs set“ erwartet HOST_ODER_ENGINE BETRAG</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;costs ls&quot; takes no names</source>
        <translation>„costs ls“ erwartet keine Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;costs rm&quot; takes one or more HOST_OR_ENGINE names</source>
        <translation>„costs rm“ erwartet einen oder mehrere HOST_ODER_ENGINE-Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown plans command &quot;%1&quot;</source>
        <translation>unbekannter plans-Befehl „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown costs command &quot;%1&quot;</source>
        <translation>unbekannter costs-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="-74"/>
        <source>&quot;metrics&quot; takes one TARGET (host/NAME, container/ENGINE/NAME, engine/NAME, function/NAME or a host&apos;s name)</source>
        <translation>„metrics“ erwartet genau ein ZIEL (host/NAME, container/ENGINE/NAME, engine/NAME, function/NAME oder den Namen eines Hosts)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a target: use host/NAME, container/ENGINE/NAME, engine/NAME or function/NAME</source>
        <translation>„%1“ ist kein Ziel: verwenden Sie host/NAME, container/ENGINE/NAME, engine/NAME oder function/NAME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--since takes a duration such as 30m, 1h, 6h, 1d, 1w or 2w (at most 365 days), not &quot;%1&quot;</source>
        <translation>--since erwartet eine Dauer wie 30m, 1h, 6h, 1d, 1w oder 2w (höchstens 365 Tage), nicht „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there are no metrics for %1: nothing has been collected yet (the window or &quot;sloop serve&quot; collects them)</source>
        <translation>es gibt keine Metriken für %1: es wurde noch nichts erfasst (das Fenster oder „sloop serve“ erfasst sie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there are no metrics for %1; targets with metrics: %2</source>
        <translation>es gibt keine Metriken für %1; Ziele mit Metriken: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metric &quot;%2&quot;; it has: %3</source>
        <translation>%1 hat keine Metrik „%2“; vorhanden sind: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No data for %1 %2 in the last %3.</source>
        <translation>Keine Daten für %1 %2 in den letzten %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %2, last %3 (%4, %n point(s))</source>
        <translation>
            <numerusform>%1 %2, letzte %3 (%4, %n Punkt)</numerusform>
            <numerusform>%1 %2, letzte %3 (%4, %n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AVG</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="+34"/>
        <source>serve takes no arguments, only options</source>
        <translation>serve erwartet keine Argumente, nur Optionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--interval takes whole seconds from 1 to 60</source>
        <translation>--interval erwartet ganze Sekunden von 1 bis 60</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another &quot;sloop serve&quot; (pid %1) already serves the data folder %2. Stop it first (kill %1), or give this one a data folder of its own with XDG_DATA_HOME.</source>
        <translation>Ein anderes „sloop serve“ (PID %1) bedient bereits den Datenordner %2. Halten Sie es zuerst an (kill %1) oder geben Sie diesem mit XDG_DATA_HOME einen eigenen Datenordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot watch for SIGTERM and SIGINT; not serving.</source>
        <translation>SIGTERM und SIGINT können nicht überwacht werden; serve startet nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the store: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner of the data folder: collecting</source>
        <translation>Besitzer des Datenordners: Erfassung läuft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>serving the data folder %1 as pid %2; stop with SIGTERM or Ctrl+C</source>
        <translation>Datenordner %1 wird als PID %2 bedient; anhalten mit SIGTERM oder Strg+C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopping (signal %1)</source>
        <translation>wird angehalten (Signal %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="-37"/>
        <source>&quot;schedules add&quot; takes one name</source>
        <translation>„schedules add“ erwartet genau einen Namen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Next: %1</source>
        <translation>Nächste Auslösung: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>EXPRESSION</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <location filename="../app/cli/functionasynccommands.cpp" line="-99"/>
        <source>none (kept in the logs only)</source>
        <translation>keines (nur in den Protokollen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;functions async-config&quot; takes one NAME</source>
        <translation>„functions async-config“ erwartet genau einen NAME</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--retries takes 0, 1 or 2</source>
        <translation>--retries erwartet 0, 1 oder 2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-age takes seconds (60 to 21600)</source>
        <translation>--max-age erwartet Sekunden (60 bis 21600)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Retries</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum event age</source>
        <translation>Maximales Ereignisalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On failure</source>
        <translation>Ziel bei Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/bucketcommands.cpp" line="-151"/>
        <source>&quot;buckets add&quot; takes a NAME and --folder DIR</source>
        <translation>„buckets add“ erwartet einen NAMEN und --folder ORDNER</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For AWS&apos;s CLI: aws --endpoint-url %1 s3 ls s3://%2</source>
        <translation>Für die CLI von AWS: aws --endpoint-url %1 s3 ls s3://%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OBJECTS</source>
        <translation>OBJEKTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIGGERS</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>folder gone</source>
        <translation>Ordner fehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;buckets rm&quot; takes one or more names</source>
        <translation>„buckets rm“ erwartet einen oder mehrere Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;buckets trigger&quot; takes a bucket NAME and --function F</source>
        <translation>„buckets trigger“ erwartet einen Bucket-NAMEN und --function F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--events takes created, removed or all</source>
        <translation>--events erwartet created, removed oder all</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no bucket called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bucket namens „%1“.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../app/cli/functionasynccommands.cpp" line="+30"/>
        <location filename="../app/cli/functioncostcommand.cpp" line="+65"/>
        <source>FUNCTION</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SUFFIX</source>
        <translation>SUFFIX</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;buckets untrigger&quot; takes one or more trigger IDs</source>
        <translation>„buckets untrigger“ erwartet eine oder mehrere Auslöser-IDs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an ID</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown buckets command &quot;%1&quot;</source>
        <translation>unbekannter buckets-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/functionasynccommands.cpp" line="+0"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommands.cpp" line="-123"/>
        <location filename="../app/cli/batchjobcommands.cpp" line="+145"/>
        <location filename="../app/cli/functionasynccommands.cpp" line="+0"/>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location filename="../app/cli/functionasynccommands.cpp" line="+1"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>NEXT</source>
        <translation>NÄCHSTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="-82"/>
        <source>&quot;schedules add&quot; needs --expression and either --function or --batch-queue with --batch-definition</source>
        <translation>„schedules add“ braucht --expression und entweder --function oder --batch-queue mit --batch-definition</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no active job definition &quot;%1&quot;.</source>
        <translation>Es gibt keine aktive Job-Definition „%1“.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>LAST</source>
        <translation>LETZTE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>batch job %1 on %2</source>
        <translation>Batch-Job %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/registrycommands.cpp" line="-194"/>
        <source>there is no registry named &quot;%1&quot;; known: %2 (sloop registries add NAME URL)</source>
        <translation>es gibt keine Registry namens „%1“; bekannt: %2 (sloop registries add NAME URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;registries add&quot; takes a NAME and a URL</source>
        <translation>„registries add“ erwartet einen NAME und eine URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin goes with --user</source>
        <translation>--password-stdin setzt --user voraus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the password from stdin</source>
        <translation>das Passwort kann nicht von stdin gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a password is needed for --user: --password-stdin, or run on a terminal</source>
        <translation>für --user wird ein Passwort gebraucht: --password-stdin angeben oder in einem Terminal ausführen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Added registry %1 (%2); it answers.</source>
        <translation>Registry %1 (%2) hinzugefügt; sie antwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added registry %1 (%2), but: %3</source>
        <translation>Registry %1 (%2) hinzugefügt, aber: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>IMAGE PREFIX</source>
        <translation>IMAGE-PRÄFIX</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;registries repos&quot; takes one registry</source>
        <translation>„registries repos“ erwartet genau eine Registry</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;registries tags&quot; takes a registry and a repository</source>
        <translation>„registries tags“ erwartet eine Registry und ein Repository</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAYERS</source>
        <translation>SCHICHTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLATFORMS</source>
        <translation>PLATTFORMEN</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;registries delete&quot; takes a registry and REPO:TAG...</source>
        <translation>„registries delete“ erwartet eine Registry und REPO:TAG...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not REPO:TAG</source>
        <translation>„%1“ hat nicht die Form REPO:TAG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;registries rm&quot; takes one or more registries</source>
        <translation>„registries rm“ erwartet eine oder mehrere Registrys</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown registries command &quot;%1&quot;</source>
        <translation>unbekannter registries-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+18"/>
        <source>&quot;schedules next&quot; takes an expression or a schedule&apos;s name</source>
        <translation>„schedules next“ erwartet einen Ausdruck oder den Namen eines Zeitplans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--count takes a number from 1 to 1000</source>
        <translation>--count erwartet eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+47"/>
        <source>There is no schedule called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Zeitplan namens „%1“.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>It never fires again.</source>
        <translation>Er wird nie wieder ausgelöst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;schedules runs&quot; takes one name</source>
        <translation>„schedules runs“ erwartet genau einen Namen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SCHEDULED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/functionasynccommands.cpp" line="-7"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>REQUEST ID</source>
        <translation>ANFRAGE-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until %1. %2</source>
        <translation>bis %1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;schedules %1&quot; takes one or more names</source>
        <translation>„schedules %1“ erwartet einen oder mehrere Namen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown schedules command &quot;%1&quot;</source>
        <translation>unbekannter schedules-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/apicostcommand.cpp" line="+0"/>
        <location filename="../app/cli/apikeycommands.cpp" line="+222"/>
        <location filename="../app/cli/functioncostcommand.cpp" line="+0"/>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncostcommand.cpp" line="+0"/>
        <source>GB-SECONDS</source>
        <translation>GB-SEKUNDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAMBDA X86</source>
        <translation>LAMBDA X86</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAMBDA ARM</source>
        <translation>LAMBDA ARM</translation>
    </message>
    <message>
        <location filename="../app/cli/apicostcommand.cpp" line="+1"/>
        <location filename="../app/cli/functioncostcommand.cpp" line="+0"/>
        <source>AFTER FREE TIER</source>
        <translation>NACH KONTINGENT</translation>
    </message>
    <message>
        <location filename="../app/cli/functioncostcommand.cpp" line="+0"/>
        <source>HERE</source>
        <translation>HIER</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This month so far. Prices: %1, %2. &quot;Here&quot; is the function&apos;s share of its machine&apos;s stated monthly cost (sloop costs set).</source>
        <translation>Bisher in diesem Monat. Preise: %1, Stand %2. „Hier“ ist der Anteil der Funktion an den angegebenen Monatskosten ihres Rechners (sloop costs set).</translation>
    </message>
    <message>
        <location filename="../app/cli/apitrycommand.cpp" line="+25"/>
        <source>&quot;apis try&quot; takes an API, a METHOD and a PATH</source>
        <translation>„apis try“ erwartet eine API, eine METHOD und einen PATH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--header takes &apos;Name: value&apos;</source>
        <translation>--header erwartet &apos;Name: value&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a WebSocket API: connect a WebSocket client to %2 instead (wscat -c URL)</source>
        <translation>%1 ist eine WebSocket-API: Verbinden Sie stattdessen einen WebSocket-Client mit %2 (wscat -c URL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API %1 is not deployed yet: sloop stages deploy %1 STAGE</source>
        <translation>API %1 ist noch nicht bereitgestellt: sloop stages deploy %1 STAGE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing answered at %1 (%2). The window or &quot;sloop serve&quot; serves the gateway.</source>
        <translation>Unter %1 hat nichts geantwortet (%2). Das Fenster oder „sloop serve“ betreibt das Gateway.</translation>
    </message>
    <message>
        <location filename="../app/cli/servicecommands.cpp" line="-375"/>
        <source>%1: %2 of %3 tasks running</source>
        <translation>%1: %2 von %3 Tasks laufen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;services create&quot; takes a NAME, then the command if any</source>
        <translation>„services create“ erwartet einen NAME, danach gegebenenfalls den Befehl</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+129"/>
        <location line="+91"/>
        <location line="+32"/>
        <source>--timeout is a duration such as 90s or 5m</source>
        <translation>--timeout ist eine Dauer wie 90s oder 5m</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>service %1 was made, but not all its tasks run after %2 s; see &quot;sloop services ps %1&quot;</source>
        <translation>Dienst %1 wurde erstellt, aber nach %2 s laufen noch nicht alle seine Tasks; siehe „sloop services ps %1“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPLICAS</source>
        <translation>REPLIKATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATE</source>
        <translation>UPDATE</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;services ps&quot; takes one service</source>
        <translation>„services ps“ erwartet genau einen Dienst</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>TASK</source>
        <translation>TASK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DESIRED</source>
        <translation>GEWÜNSCHT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;services scale&quot; takes NAME=REPLICAS (0 to 1000)</source>
        <translation>„services scale“ erwartet NAME=REPLICAS (0 bis 1000)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;services scale&quot; takes NAME=REPLICAS</source>
        <translation>„services scale“ erwartet NAME=REPLICAS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 did not reach %2 running tasks in %3 s</source>
        <translation>%1 hat in %3 s keine %2 laufenden Tasks erreicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 scaled to %2</source>
        <translation>%1 auf %2 skaliert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+78"/>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 rolled back to its previous spec</source>
        <translation>%1 auf die vorherige Spezifikation zurückgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the new tasks failed, so Swarm rolled the update back; &quot;sloop services ps %1 --all&quot; shows why</source>
        <translation>%1: die neuen Tasks sind fehlgeschlagen, daher hat Swarm das Update zurückgerollt; „sloop services ps %1 --all“ zeigt den Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the update did not end within %2 s; see &quot;sloop services ls&quot;</source>
        <translation>%1: das Update ist nicht innerhalb von %2 s fertig geworden; siehe „sloop services ls“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the update stopped (%2); fix the cause and update again, or &quot;sloop services rollback %1&quot;</source>
        <translation>%1: das Update wurde angehalten (%2); beheben Sie die Ursache und aktualisieren Sie erneut, oder „sloop services rollback %1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;services update&quot; takes one service</source>
        <translation>„services update“ erwartet genau einen Dienst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--replicas is a whole number from 0 to 1000</source>
        <translation>--replicas ist eine ganze Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not NAME=value</source>
        <translation>„%1“ hat nicht die Form NAME=value</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;services rollback&quot; takes one service</source>
        <translation>„services rollback“ erwartet genau einen Dienst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has not been updated yet: there is nothing to roll back to</source>
        <translation>%1 wurde noch nicht aktualisiert: es gibt nichts, worauf zurückgerollt werden könnte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;services logs&quot; takes one service</source>
        <translation>„services logs“ erwartet genau einen Dienst</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;services rm&quot; takes one or more services</source>
        <translation>„services rm“ erwartet einen oder mehrere Dienste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown services command &quot;%1&quot;</source>
        <translation>unbekannter services-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/swarmcommands.cpp" line="-104"/>
        <source>Engine %1 is not in a swarm (%2). Make one with &quot;sloop swarm init&quot;.</source>
        <translation>Engine %1 ist in keinem Swarm (%2). Erstellen Sie einen mit „sloop swarm init“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine %1 is a manager of swarm %2 at %3: %4 nodes, %5 managers.</source>
        <translation>Engine %1 ist Manager des Swarms %2 unter %3: %4 Knoten, %5 Manager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine %1 is a worker at %2; its managers: %3.</source>
        <translation>Engine %1 ist Worker unter %2; ihre Manager: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engine %1 now leads a new swarm (node %2). Join other engines with &quot;sloop swarm join --manager %1 --engine OTHER&quot;.</source>
        <translation>Engine %1 leitet jetzt einen neuen Swarm (Knoten %2). Lassen Sie andere Engines mit „sloop swarm join --manager %1 --engine OTHER“ beitreten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;swarm join&quot; needs --engine (the one to join) and --manager (an engine of the swarm)</source>
        <translation>„swarm join“ braucht --engine (die beitretende Engine) und --manager (eine Engine des Swarms)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Engine %1 joined the swarm of %2 as a %3.</source>
        <translation>Engine %1 ist dem Swarm von %2 als %3 beigetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine %1 left its swarm.</source>
        <translation>Engine %1 hat ihren Swarm verlassen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>HOSTNAME</source>
        <translation>HOSTNAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVAILABILITY</source>
        <translation>VERFÜGBARKEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MANAGER</source>
        <translation>MANAGER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>name the nodes (ID or hostname)</source>
        <translation>die Knoten angeben (ID oder Hostname)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown swarm command &quot;%1&quot;</source>
        <translation>unbekannter swarm-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/swarmusage.cpp" line="+9"/>
        <source>Usage: sloop swarm COMMAND [OPTIONS]

Docker Swarm makes several engines work as one: services run on all of
them (sloop services). The engine is --engine&apos;s, or the first one.

  status [--json]            whether the engine is in a swarm, and its role
  init [--advertise-addr A]  make a swarm with the engine as its manager
  join --engine E --manager M [--as-manager] [--advertise-addr A]
                             join engine E to the swarm engine M manages
                             (the join token goes from one to the other,
                             never shown)
  nodes [--json]             the swarm&apos;s nodes: role, state, availability
  drain NODE...              move the node&apos;s tasks away, start none there
  pause NODE...              start no new tasks there, keep the running ones
  activate NODE...           take tasks again
  rm-node NODE... [--force]  remove nodes that left (or are down)
  leave [--force]            the engine leaves its swarm (--force for the
                             last manager: the swarm ends)
</source>
        <translation>Aufruf: sloop swarm BEFEHL [OPTIONEN]

Docker Swarm lässt mehrere Engines wie eine arbeiten: Dienste laufen auf
allen (sloop services). Die Engine ist die von --engine oder die erste.

  status [--json]            ob die Engine in einem Swarm ist, und ihre Rolle
  init [--advertise-addr A]  einen Swarm mit der Engine als Manager erstellen
  join --engine E --manager M [--as-manager] [--advertise-addr A]
                             Engine E in den Swarm aufnehmen, den Engine M
                             verwaltet (das Join-Token geht direkt von der
                             einen zur anderen und wird nie angezeigt)
  nodes [--json]             die Knoten des Swarms: Rolle, Zustand,
                             Verfügbarkeit
  drain NODE...              die Tasks des Knotens verlagern, dort keine
                             starten
  pause NODE...              dort keine neuen Tasks starten, laufende behalten
  activate NODE...           wieder Tasks annehmen
  rm-node NODE... [--force]  Knoten entfernen, die ausgetreten (oder
                             ausgefallen) sind
  leave [--force]            die Engine verlässt ihren Swarm (--force für den
                             letzten Manager: der Swarm endet)
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: sloop services COMMAND [OPTIONS]

Swarm services keep N copies (tasks) of a container running across the
swarm&apos;s nodes, like ECS services. Run these on a manager (--engine).

  create NAME --image IMG [OPTIONS] [-- COMMAND...]
      --replicas N            copies to keep running (default 1)
      --global                one copy on every node instead
      -p, --publish P:T       publish port T as P on every node (/udp,
                              ,mode=host to publish on the task&apos;s node only)
      -e, --env NAME=VALUE    environment variable (repeatable)
      --constraint EXPR       node.role==worker, node.labels.zone==a
      --mount SPEC            type=volume,src=NAME,dst=/path[,ro]
      --limit-cpu N           --limit-memory SIZE
      --reserve-cpu N         --reserve-memory SIZE
      --restart-condition C   none, on-failure or any (default)
      --health-cmd CMD        healthy when CMD exits 0; with
                              --health-interval, --health-timeout,
                              --health-start-period, --health-retries
      --update-parallelism N  tasks replaced at once in an update (1)
      --update-delay D        wait between batches (10s)
      --update-monitor D      watch each new task this long (5s)
      --update-failure-action pause, continue or rollback
      --update-order O        stop-first or start-first
      -d, --detach            do not wait for the tasks to run
      --timeout D             how long to wait (5m)
  ls [--json]                 services with running/desired tasks
  ps NAME [--all] [--json]    its tasks: node, state, error
  scale NAME=N...             keep N copies running
  update NAME [--image IMG] [-e NAME=VALUE] [--env-rm NAME] [--force]
              [--replicas N] [--update-* ...] [--detach]
                              a rolling update; waits for its end
  rollback NAME [--detach]    back to the spec before the last update
  logs NAME [--tail N|all] [--timestamps]
                              every task&apos;s log, merged by time
  rm NAME...                  remove services and their tasks
</source>
        <translation>Aufruf: sloop services BEFEHL [OPTIONEN]

Swarm-Dienste halten N Kopien (Tasks) eines Containers auf den Knoten des
Swarms am Laufen, wie ECS-Dienste. Führen Sie diese Befehle auf einem
Manager aus (--engine).

  create NAME --image IMG [OPTIONS] [-- COMMAND...]
      --replicas N            am Laufen zu haltende Kopien (Standard 1)
      --global                stattdessen eine Kopie auf jedem Knoten
      -p, --publish P:T       Port T als P auf jedem Knoten veröffentlichen
                              (/udp, ,mode=host: nur auf dem Knoten des Tasks)
      -e, --env NAME=VALUE    Umgebungsvariable (wiederholbar)
      --constraint EXPR       node.role==worker, node.labels.zone==a
      --mount SPEC            type=volume,src=NAME,dst=/path[,ro]
      --limit-cpu N           --limit-memory SIZE
      --reserve-cpu N         --reserve-memory SIZE
      --restart-condition C   none, on-failure oder any (Standard)
      --health-cmd CMD        gesund, wenn CMD mit 0 endet; dazu
                              --health-interval, --health-timeout,
                              --health-start-period, --health-retries
      --update-parallelism N  bei einem Update gleichzeitig ersetzte Tasks (1)
      --update-delay D        Wartezeit zwischen zwei Gruppen (10s)
      --update-monitor D      jeden neuen Task so lange beobachten (5s)
      --update-failure-action pause, continue oder rollback
      --update-order O        stop-first oder start-first
      -d, --detach            nicht warten, bis die Tasks laufen
      --timeout D             wie lange gewartet wird (5m)
  ls [--json]                 Dienste mit laufenden/gewünschten Tasks
  ps NAME [--all] [--json]    seine Tasks: Knoten, Zustand, Fehler
  scale NAME=N...             N Kopien am Laufen halten
  update NAME [--image IMG] [-e NAME=VALUE] [--env-rm NAME] [--force]
              [--replicas N] [--update-* ...] [--detach]
                              ein schrittweises Update; wartet auf sein Ende
  rollback NAME [--detach]    zurück zur Spezifikation vor dem letzten Update
  logs NAME [--tail N|all] [--timestamps]
                              die Logs aller Tasks, nach Zeit zusammengeführt
  rm NAME...                  Dienste und ihre Tasks entfernen
</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Usage: sloop stacks COMMAND [OPTIONS]

A stack is a Compose file (version 3) deployed as Swarm services, as
docker stack deploy does. Run these on a manager (--engine).

  deploy NAME --compose FILE  make or update the stack&apos;s services and its
                              overlay networks; keys Swarm does not use are
                              listed with their line and left out
  ls [--json]                 stacks with their services and tasks
  rm NAME...                  remove a stack&apos;s services and networks
</source>
        <translation>Aufruf: sloop stacks BEFEHL [OPTIONEN]

Ein Stack ist eine Compose-Datei (Version 3), als Swarm-Dienste
bereitgestellt, wie es docker stack deploy tut. Führen Sie diese Befehle
auf einem Manager aus (--engine).

  deploy NAME --compose FILE  Dienste und Overlay-Netzwerke des Stacks
                              erstellen oder aktualisieren; Schlüssel, die
                              Swarm nicht nutzt, werden mit ihrer Zeile
                              aufgeführt und ausgelassen
  ls [--json]                 Stacks mit ihren Diensten und Tasks
  rm NAME...                  die Dienste und Netzwerke eines Stacks entfernen
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: sloop tasks run [OPTIONS] IMAGE [COMMAND...]

Runs one task to its end somewhere in the swarm, as Fargate runs one: you
give the size, Swarm picks a node with that much room. Prints its log, and
on stderr the node, how long it ran and what Fargate would charge.

  --cpu N                 vCPUs: 0.25, 0.5, 1, 2, 4, 8 or 16 (0.25)
  -m, --memory SIZE       a size Fargate pairs with those vCPUs (512m)
  -e, --env NAME=VALUE    environment variable (repeatable)
  --timeout D             removed if not done by then (10m)
  --engine E              a manager of the swarm
</source>
        <translation>Aufruf: sloop tasks run [OPTIONEN] IMAGE [BEFEHL...]

Führt einen Task irgendwo im Swarm bis zu seinem Ende aus, wie Fargate einen
ausführt: Sie geben die Größe an, Swarm wählt einen Knoten mit so viel Platz.
Gibt sein Protokoll aus und auf stderr den Knoten, die Laufzeit und was
Fargate berechnen würde.

  --cpu N                 vCPUs: 0.25, 0.5, 1, 2, 4, 8 oder 16 (0.25)
  -m, --memory SIZE       eine Größe, die Fargate zu diesen vCPUs anbietet
                          (512m)
  -e, --env NAME=VALUE    Umgebungsvariable (wiederholbar)
  --timeout D             entfernt, wenn bis dahin nicht fertig (10m)
  --engine E              ein Manager des Swarms
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: sloop registries COMMAND [OPTIONS]

Private image registries (ECR&apos;s): anything speaking the Distribution
(OCI) API v2, such as Debian&apos;s docker-registry.

  add NAME URL [--user U --password-stdin] [--ca FILE] [--insecure]
                          remember a registry (https://HOST[:PORT]; http://
                          only on this machine, or with --insecure); the
                          password goes to the keychain
  ls [--json]             the registries Sloop knows
  repos NAME [--json]     its repositories
  tags NAME REPO [--names-only] [--json]
                          tags with digest, size, layers, platforms, created
  delete NAME REPO:TAG... delete the image a tag names (the registry must
                          allow deletes)
  rm NAME...              forget registries (and their passwords)

Without --user, sign-in comes from ~/.docker/config.json as docker&apos;s own.
</source>
        <translation>Aufruf: sloop registries BEFEHL [OPTIONEN]

Private Image-Registrys (wie ECR): alles, was die Distribution (OCI) API v2
spricht, etwa Debians docker-registry.

  add NAME URL [--user U --password-stdin] [--ca FILE] [--insecure]
                          eine Registry merken (https://HOST[:PORT]; http://
                          nur auf diesem Rechner oder mit --insecure); das
                          Passwort kommt in den Schlüsselbund
  ls [--json]             die Registrys, die Sloop kennt
  repos NAME [--json]     ihre Repositorys
  tags NAME REPO [--names-only] [--json]
                          Tags mit Digest, Größe, Schichten, Plattformen und
                          Erstellungszeit
  delete NAME REPO:TAG... das Image löschen, das ein Tag benennt (die Registry
                          muss Löschen erlauben)
  rm NAME...              Registrys vergessen (samt ihren Passwörtern)

Ohne --user kommt die Anmeldung aus ~/.docker/config.json, wie bei docker
selbst.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: sloop container-services COMMAND [OPTIONS]

Lightsail&apos;s container services on an engine&apos;s swarm: a power (each
node&apos;s vCPUs, memory and monthly price) times a scale (1 to 20 copies),
and deployments that go live only when their health check passes.

  create NAME [--power P] [--scale N] [--engine E]
                          make one (nano and 1 unless told)
  deploy NAME --image IMG [--port P] [--env K=V]... [-- COMMAND...]
                          run IMG as its next deployment; with --port its
                          public endpoint, checked by --health-path (/),
                          --success-codes (200-499), --interval (5),
                          --timeout (2), --healthy-threshold and
                          --unhealthy-threshold (2); --wait S (300)
  deploy NAME --file FILE the containers and public endpoint as JSON, in
                          Lightsail&apos;s shape (up to 10 containers)
  ls [--json]             services with state, copies, price and URL
  show NAME [--json]      one service and its deployments
  update NAME [--power P] [--scale N] [--disable | --enable]
  powers [--json]         the powers and their prices
  rm NAME...              remove services with everything they run

A failed deployment is removed and the one before keeps serving (exit
status 4). The public endpoint, http://127.0.0.1:PORT/, is served by
the Sloop window or &quot;sloop serve&quot;.
</source>
        <translation>Aufruf: sloop container-services BEFEHL [OPTIONEN]

Lightsails Containerdienste auf dem Swarm einer Engine: eine Leistung (vCPUs,
Speicher und Monatspreis je Knoten) mal eine Skalierung (1 bis 20 Kopien) und
Bereitstellungen, die erst nach bestandener Gesundheitsprüfung aktiv werden.

  create NAME [--power P] [--scale N] [--engine E]
                          einen Dienst erstellen (ohne Angabe: nano und 1)
  deploy NAME --image IMG [--port P] [--env K=V]... [-- COMMAND...]
                          IMG als nächste Bereitstellung ausführen; mit
                          --port samt öffentlichem Endpunkt, geprüft über
                          --health-path (/), --success-codes (200-499),
                          --interval (5), --timeout (2), --healthy-threshold
                          und --unhealthy-threshold (2); --wait S (300)
  deploy NAME --file FILE die Container und den öffentlichen Endpunkt als
                          JSON im Format von Lightsail (bis zu 10 Container)
  ls [--json]             Dienste mit Zustand, Kopien, Preis und URL
  show NAME [--json]      einen Dienst und seine Bereitstellungen
  update NAME [--power P] [--scale N] [--disable | --enable]
  powers [--json]         die Leistungen und ihre Preise
  rm NAME...              Dienste samt allem entfernen, was sie ausführen

Eine fehlgeschlagene Bereitstellung wird entfernt, und die vorherige liefert
weiter aus (Exit-Status 4). Den öffentlichen Endpunkt http://127.0.0.1:PORT/
liefert das Sloop-Fenster oder „sloop serve“ aus.
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: sloop images COMMAND [OPTIONS]

  push IMAGE --registry NAME [--as REPO:TAG] [--engine E]
                          push an engine&apos;s image to a registry (as its own
                          name unless --as); prints REFERENCE@DIGEST
  pull REPO[:TAG] --registry NAME [--engine E]
                          pull it from the registry onto the engine

The engine does the transfer with the registry&apos;s credentials from Sloop;
each layer&apos;s progress goes to stderr.
</source>
        <translation>Aufruf: sloop images BEFEHL [OPTIONEN]

  push IMAGE --registry NAME [--as REPO:TAG] [--engine E]
                          das Image einer Engine in eine Registry hochladen
                          (unter seinem eigenen Namen, außer mit --as); gibt
                          REFERENCE@DIGEST aus
  pull REPO[:TAG] --registry NAME [--engine E]
                          das Image aus der Registry auf die Engine
                          herunterladen

Die Engine übernimmt die Übertragung, mit den Zugangsdaten der Registry aus
Sloop; der Fortschritt jeder Schicht geht an stderr.
</translation>
    </message>
    <message>
        <location filename="../app/cli/imagecommands.cpp" line="+32"/>
        <location filename="../app/cli/registrycommands.cpp" line="-258"/>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;images push&quot; takes IMAGE and --registry NAME</source>
        <translation>„images push“ erwartet IMAGE und --registry NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;images pull&quot; takes REPO[:TAG] and --registry NAME</source>
        <translation>„images pull“ erwartet REPO[:TAG] und --registry NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/registrycommands.cpp" line="+228"/>
        <source>there is no registry named &quot;%1&quot;</source>
        <translation>es gibt keine Registry namens „%1“</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown images command &quot;%1&quot;</source>
        <translation>unbekannter images-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommands.cpp" line="-5"/>
        <source>&quot;stacks deploy&quot; takes a NAME and --compose FILE</source>
        <translation>„stacks deploy“ erwartet einen NAME und --compose FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing was deployed</source>
        <translation>es wurde nichts bereitgestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating network %1</source>
        <translation>Netzwerk %1 wird erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating service %1</source>
        <translation>Dienst %1 wird erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating service %1</source>
        <translation>Dienst %1 wird aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1 is no longer in the file; left running (sloop services rm %1)</source>
        <translation>Dienst %1 steht nicht mehr in der Datei; er läuft weiter (sloop services rm %1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SERVICES</source>
        <translation>DIENSTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TASKS</source>
        <translation>TASKS</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;stacks rm&quot; takes one or more stacks</source>
        <translation>„stacks rm“ erwartet einen oder mehrere Stacks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown stacks command &quot;%1&quot;</source>
        <translation>unbekannter stacks-Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="+32"/>
        <source>&quot;tasks run&quot; takes an IMAGE, then its command if any</source>
        <translation>„tasks run“ erwartet ein IMAGE, danach gegebenenfalls seinen Befehl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--cpu is a number of vCPUs such as 0.25 or 2</source>
        <translation>--cpu ist eine Zahl von vCPUs wie 0.25 oder 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--memory is a size such as 512m or 2g</source>
        <translation>--memory ist eine Größe wie 512m oder 2g</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout is a duration such as 90s or 10m</source>
        <translation>--timeout ist eine Dauer wie 90s oder 10m</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 ran on %2 for %3 s with %4 vCPU and %5 MB: %6. On Fargate: $%7.</source>
        <translation>%1 lief auf %2 für %3 s mit %4 vCPU und %5 MB: %6. Auf Fargate: $%7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown tasks command &quot;%1&quot;</source>
        <translation>unbekannter tasks-Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ContainerServices</name>
    <message>
        <location filename="../core/containerservices/containerdeployer.cpp" line="+167"/>
        <source>Container service %1 has power &quot;%2&quot;, which the price file does not list.</source>
        <translation>Containerdienst %1 hat die Leistung „%2“, die in der Preisdatei nicht aufgeführt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Container service %1 is disabled; enable it first.</source>
        <translation>Containerdienst %1 ist deaktiviert; aktivieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment %1 of %2 is still activating.</source>
        <translation>Bereitstellung %1 von %2 wird noch aktiviert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine %1 is not a swarm manager, and container services run as Swarm services. Make it one with &quot;sloop swarm init --engine %1&quot; (one node is enough) or on the Swarm page.</source>
        <translation>Engine %1 ist kein Swarm-Manager, und Containerdienste laufen als Swarm-Dienste. Machen Sie sie mit „sloop swarm init --engine %1“ (ein Knoten genügt) oder auf der Seite „Swarm“ zu einem Manager.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>deployment %1: starting %n container(s), %2 copies each</source>
        <translation>
            <numerusform>Bereitstellung %1: %n Container wird gestartet, je %2 Kopien</numerusform>
            <numerusform>Bereitstellung %1: %n Container werden gestartet, je %2 Kopien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its network could not be made: %1</source>
        <translation>ihr Netzwerk konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deployment %1: waiting for every copy to run%2</source>
        <translation>Bereitstellung %1: Warten, bis jede Kopie läuft%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and pass its health check</source>
        <translation> und ihre Gesundheitsprüfung besteht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>container %1 could not be started: %2</source>
        <translation>Container %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was not healthy within %1 s</source>
        <translation>sie war nicht innerhalb von %1 s gesund</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>deployment %1: a copy of %2 failed: %3</source>
        <translation>Bereitstellung %1: eine Kopie von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container %1 does not start: %2</source>
        <translation>Container %1 startet nicht: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a copy of %1 failed its health check (%2 on %3:%4): %5</source>
        <translation>eine Kopie von %1 hat ihre Gesundheitsprüfung nicht bestanden (%2 auf %3:%4): %5</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>deployment %1 is active after %2 s</source>
        <translation>Bereitstellung %1 ist nach %2 s aktiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deployment %1 failed: %2; removing it</source>
        <translation>Bereitstellung %1 fehlgeschlagen: %2; sie wird entfernt</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>HTTP %1, not one of %2</source>
        <translation>HTTP %1, nicht in %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The service&apos;s engine is not known.</source>
        <translation>Die Engine des Dienstes ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a power; the powers are %2.</source>
        <translation>„%1“ ist keine Leistung; möglich sind %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A container service&apos;s scale is 1 to %1, not %2.</source>
        <translation>Die Skalierung eines Containerdienstes liegt zwischen 1 und %1, nicht bei %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container service %1 is deploying; change it when that ends.</source>
        <translation>Containerdienst %1 wird gerade bereitgestellt; ändern Sie ihn, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../core/containerservices/containerservice.cpp" line="+81"/>
        <source>A deployment needs &quot;containers&quot;: an object of containers by name.</source>
        <translation>Eine Bereitstellung braucht „containers“: ein Objekt, das die Container nach Namen enthält.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Container %1: &quot;%2&quot; is not a port.</source>
        <translation>Container %1: „%2“ ist kein Port.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&quot;%1&quot; is not a %2 name: use 1 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Name für %2: Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Healthy and unhealthy thresholds are 2 to 10.</source>
        <translation>Die Schwellenwerte für gesund und ungesund liegen zwischen 2 und 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A health check&apos;s timeout is 2 to 60 seconds.</source>
        <translation>Das Zeitlimit einer Gesundheitsprüfung liegt zwischen 2 und 60 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A health check&apos;s interval is 5 to 300 seconds.</source>
        <translation>Das Intervall einer Gesundheitsprüfung liegt zwischen 5 und 300 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A health check&apos;s path starts with &apos;/&apos;: &quot;%1&quot;.</source>
        <translation>Der Pfad einer Gesundheitsprüfung beginnt mit &apos;/&apos;: „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Success codes are HTTP statuses and ranges such as 200-499 or 200,302, not &quot;%1&quot;.</source>
        <translation>Erfolgscodes sind HTTP-Statuscodes und Bereiche wie 200-499 oder 200,302, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A deployment needs at least one container.</source>
        <translation>Eine Bereitstellung braucht mindestens einen Container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deployment has at most %1 containers.</source>
        <translation>Eine Bereitstellung hat höchstens %1 Container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container</source>
        <translation>einen Container</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container name &quot;%1&quot; is longer than 40.</source>
        <translation>Der Containername „%1“ ist länger als 40 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container %1 needs an image.</source>
        <translation>Container %1 braucht ein Image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Container %1: port %2&apos;s protocol is HTTP, HTTPS, TCP or UDP, not &quot;%3&quot;.</source>
        <translation>Container %1: Das Protokoll von Port %2 muss HTTP, HTTPS, TCP oder UDP sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Container %1: &quot;%2&quot; is not a variable name.</source>
        <translation>Container %1: „%2“ ist kein Variablenname.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public endpoint names container &quot;%1&quot;, which the deployment does not have.</source>
        <translation>Der öffentliche Endpunkt nennt den Container „%1“, den die Bereitstellung nicht enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The public endpoint&apos;s port %1 is not one of container %2&apos;s ports.</source>
        <translation>Port %1 des öffentlichen Endpunkts gehört nicht zu den Ports von Container %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The public endpoint&apos;s port %1 speaks %2; it must be HTTP or HTTPS.</source>
        <translation>Port %1 des öffentlichen Endpunkts verwendet %2; erforderlich ist HTTP oder HTTPS.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A deployment is a JSON object: %1 at offset %2.</source>
        <translation>Eine Bereitstellung ist ein JSON-Objekt: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Container service %1&apos;s stored definition is unreadable.</source>
        <translation>Die gespeicherte Definition von Containerdienst %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/containerservices/containerservicerepository.cpp" line="+69"/>
        <source>container service</source>
        <translation>einen Containerdienst</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is already a container service called &quot;%1&quot; or one on port %2.</source>
        <translation>Es gibt bereits einen Containerdienst namens „%1“ oder einen auf Port %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+33"/>
        <location line="+14"/>
        <source>There is no container service called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Containerdienst namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Containers</name>
    <message>
        <location filename="../core/containers/statustext.cpp" line="+49"/>
        <source>Less than a second</source>
        <translation>weniger als einer Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About a minute</source>
        <translation>etwa einer Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About an hour</source>
        <translation>etwa einer Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 Jahren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Up %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exited (%1) %2 ago</source>
        <translation>Beendet (%1) vor %2</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../core/engine/dockerclient.cpp" line="+26"/>
        <location line="+556"/>
        <source>The engine answered HTTP %1.</source>
        <translation>Die Engine antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>The command in the container closed its output but did not end.</source>
        <translation>Der Befehl im Container hat seine Ausgabe geschlossen, sich aber nicht beendet.</translation>
    </message>
    <message>
        <location filename="../core/engine/enginecatalog.cpp" line="+25"/>
        <source>Sloop reaches engines through a unix socket (unix:///path/to/docker.sock); &quot;%1&quot; is not one. A remote engine is reached through its SSH host.</source>
        <translation>Sloop erreicht Engines über einen Unix-Socket (unix:///path/to/docker.sock); „%1“ ist keiner. Eine entfernte Engine wird über ihren SSH-Host erreicht.</translation>
    </message>
    <message>
        <location filename="../core/http/httpexchange.cpp" line="+20"/>
        <source>The engine did not answer %1 %2 within %3 seconds.</source>
        <translation>Die Engine hat auf %1 %2 nicht innerhalb von %3 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/http/httpresponseparser.cpp" line="+28"/>
        <source>The engine sent an empty response.</source>
        <translation>Die Engine schickte eine leere Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine did not answer with HTTP (first line: &quot;%1&quot;).</source>
        <translation>Die Engine antwortete nicht mit HTTP (erste Zeile: „%1“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The engine sent a malformed status line: &quot;%1&quot;.</source>
        <translation>Die Engine schickte eine fehlerhafte Statuszeile: „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The engine sent a malformed header line.</source>
        <translation>Die Engine schickte eine fehlerhafte Header-Zeile.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The engine sent an invalid Content-Length.</source>
        <translation>Die Engine schickte eine ungültige Content-Length.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The engine&apos;s response headers are too large.</source>
        <translation>Die Antwort-Header der Engine sind zu groß.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The engine sent a malformed chunk header.</source>
        <translation>Die Engine schickte einen fehlerhaften Chunk-Header.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The engine sent a chunk without its terminator.</source>
        <translation>Die Engine schickte einen Chunk ohne Abschluss.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The engine closed the connection before it answered.</source>
        <translation>Die Engine schloss die Verbindung, bevor sie antwortete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine&apos;s response was cut off before its end.</source>
        <translation>Die Antwort der Engine wurde vor ihrem Ende abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../core/engine/streamdecoders.cpp" line="+18"/>
        <source>The engine&apos;s log stream has a malformed frame header.</source>
        <translation>Der Log-Stream der Engine hat einen fehlerhaften Frame-Header.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine&apos;s log stream announced a frame of %1 bytes; refusing it.</source>
        <translation>Der Log-Stream der Engine kündigte einen Frame von %1 Bytes an; er wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/http/streamtransport.cpp" line="+16"/>
        <source>No container engine is listening at %1. Start Docker with &quot;sudo systemctl start docker&quot; (or Podman&apos;s socket with &quot;systemctl --user start podman.socket&quot;).</source>
        <translation>An %1 lauscht keine Container-Engine. Docker mit „sudo systemctl start docker“ starten (oder den Socket von Podman mit „systemctl --user start podman.socket“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The socket %1 exists but nothing accepts connections: the engine is stopped or restarting. Start it with &quot;sudo systemctl start docker&quot;.</source>
        <translation>Der Socket %1 existiert, aber nichts nimmt Verbindungen an: Die Engine ist gestoppt oder startet gerade neu. Sie lässt sich mit „sudo systemctl start docker“ starten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission denied on %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;, then log in again). Be aware that members of that group can become root on this machine.</source>
        <translation>Zugriff auf %1 verweigert. Den eigenen Benutzer zur Gruppe docker hinzufügen („sudo usermod -aG docker $USER“, danach neu anmelden). Achtung: Mitglieder dieser Gruppe können auf diesem Rechner root werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine at %1 did not answer in time.</source>
        <translation>Die Engine unter %1 antwortete nicht rechtzeitig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine at %1 closed the connection.</source>
        <translation>Die Engine unter %1 schloss die Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Keine Verbindung zur Engine unter %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/jsonreaders.h" line="+35"/>
        <source>The engine sent an empty answer where JSON was expected.</source>
        <translation>Die Engine schickte eine leere Antwort, wo JSON erwartet wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine sent malformed JSON (%1 bytes, starting &quot;%2&quot;).</source>
        <translation>Die Engine schickte fehlerhaftes JSON (%1 Bytes, beginnend mit „%2“).</translation>
    </message>
    <message>
        <location filename="../core/engine/dockerjson.cpp" line="+52"/>
        <source>The engine&apos;s container list is not a JSON array.</source>
        <translation>Die Containerliste der Engine ist kein JSON-Array.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The engine&apos;s answer has no container id.</source>
        <translation>Die Antwort der Engine enthält keine Container-ID.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The engine did not say which API version it speaks.</source>
        <translation>Die Engine hat nicht angegeben, welche API-Version sie spricht.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The engine&apos;s answer has no id.</source>
        <translation>Die Antwort der Engine enthält keine ID.</translation>
    </message>
    <message>
        <location filename="../core/engine/addedengines.cpp" line="+53"/>
        <source>&quot;%1&quot; is not an engine name: use up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein Engine-Name: Verwenden Sie bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already an engine named &quot;%1&quot; (%2).</source>
        <translation>Es gibt bereits eine Engine namens „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <location filename="../core/instances/firewallplan.cpp" line="+60"/>
        <source>%1: a container instance publishes ports one protocol at a time; choose TCP or UDP.</source>
        <translation>%1: Eine Container-Instanz veröffentlicht Ports für nur je ein Protokoll; wählen Sie TCP oder UDP.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a container instance&apos;s ports are published by the engine, which cannot limit who connects; use 0.0.0.0/0 (everyone) or 127.0.0.1/32 (this machine only), or a server instance, where nftables enforces any source.</source>
        <translation>%1: Die Ports einer Container-Instanz veröffentlicht die Engine, und die kann nicht einschränken, wer sich verbindet; verwenden Sie 0.0.0.0/0 (alle) oder 127.0.0.1/32 (nur dieser Rechner) oder eine Server-Instanz, auf der nftables jede Quelle durchsetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: at most %2 ports per range on a container instance.</source>
        <translation>%1: höchstens %2 Ports pro Bereich auf einer Container-Instanz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SSH (TCP 22) must stay open: Sloop manages the instance over it. Limit it to 127.0.0.1/32 to keep it to this machine.</source>
        <translation>SSH (TCP 22) muss offen bleiben: Sloop verwaltet die Instanz darüber. Beschränken Sie es auf 127.0.0.1/32, damit nur dieser Rechner es erreicht.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>These rules would close SSH (TCP 22 from everyone), and Sloop could not reach the server again. Keep a rule for it.</source>
        <translation>Diese Regeln würden SSH (TCP 22 von überall) schließen, und Sloop könnte den Server nicht mehr erreichen. Behalten Sie eine Regel dafür.</translation>
    </message>
</context>
<context>
    <name>Functions</name>
    <message>
        <location filename="../core/functions/functionenvironment.cpp" line="+52"/>
        <source>The engine is gone.</source>
        <translation>Die Engine ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The engine did not attach to the environment (HTTP %1).</source>
        <translation>Die Engine hat sich nicht mit der Ausführungsumgebung verbunden (HTTP %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent ended.</source>
        <translation>Der Agent wurde beendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s stream cannot be read: %1</source>
        <translation>Der Stream des Agenten kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The environment has ended.</source>
        <translation>Die Ausführungsumgebung wurde beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment is serving another invocation.</source>
        <translation>Die Ausführungsumgebung bedient gerade einen anderen Aufruf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The environment was stopped.</source>
        <translation>Die Ausführungsumgebung wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The function&apos;s runtime did not start: %1</source>
        <translation>Die Laufzeitumgebung der Funktion ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../core/functions/functionimage.cpp" line="+35"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The code has a file Sloop will not unpack: %1 (an absolute path, &quot;..&quot;, or too long).</source>
        <translation>Der Code enthält eine Datei, die Sloop nicht entpackt: %1 (ein absoluter Pfad, „..“ oder zu lang).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The image %1 has no ENTRYPOINT or CMD to start: give its Runtime API client one.</source>
        <translation>Das Image %1 hat weder ENTRYPOINT noch CMD zum Starten: Geben Sie ihm eines für seinen Runtime-API-Client.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionrecord.cpp" line="+71"/>
        <source>&quot;%1&quot; is not a function name: use 1 to 64 letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>„%1“ ist kein Funktionsname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory must be between 128 and 10,240 MB (not %1).</source>
        <translation>Der Speicher muss zwischen 128 und 10.240 MB liegen (nicht %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be between 1 and 900 seconds (not %1).</source>
        <translation>Das Zeitlimit muss zwischen 1 und 900 Sekunden liegen (nicht %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ephemeral storage (/tmp) must be between 512 and 10,240 MB (not %1).</source>
        <translation>Der flüchtige Speicher (/tmp) muss zwischen 512 und 10.240 MB liegen (nicht %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an image reference: name it like &quot;registry/repository:tag&quot;.</source>
        <translation>„%1“ ist keine Image-Referenz: Geben Sie sie in der Form „registry/repository:tag“ an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a function of the image runtime takes an image.</source>
        <translation>Nur eine Funktion mit der Laufzeitumgebung image akzeptiert ein Image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a handler: name it like &quot;app.handler&quot; (file, then function), at most 128 characters without spaces.</source>
        <translation>„%1“ ist kein Handler: Benennen Sie ihn wie „app.handler“ (Datei, dann Funktion), höchstens 128 Zeichen ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reserved concurrency must be between 0 and 1,000.</source>
        <translation>Die reservierte Parallelität muss zwischen 0 und 1.000 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an engine name.</source>
        <translation>„%1“ ist kein Engine-Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is named twice as an engine.</source>
        <translation>%1 ist zweimal als Engine angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a Docker network name.</source>
        <translation>„%1“ ist kein Docker-Netzwerkname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A function cannot join the &quot;%1&quot; network: its environments stay sandboxed. Turn the network off instead of &quot;none&quot;.</source>
        <translation>Eine Funktion kann dem Netzwerk „%1“ nicht beitreten: Ihre Ausführungsumgebungen bleiben abgeschottet. Schalten Sie das Netzwerk aus, statt „none“ zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A function without network cannot join %1.</source>
        <translation>Eine Funktion ohne Netzwerk kann %1 nicht beitreten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an environment variable name: start with a letter, then letters, digits and &apos;_&apos;.</source>
        <translation>„%1“ ist kein Name für eine Umgebungsvariable: Beginnen Sie mit einem Buchstaben, dann Buchstaben, Ziffern und &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is set by the runtime; a function cannot set it.</source>
        <translation>%1 setzt die Laufzeitumgebung; eine Funktion kann es nicht setzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The environment variables take %1 bytes; Lambda allows 4 KB.</source>
        <translation>Die Umgebungsvariablen belegen %1 Bytes; Lambda erlaubt 4 KB.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionrepository.cpp" line="+99"/>
        <location filename="../core/functions/functionservice.cpp" line="+198"/>
        <source>A function named %1 exists already.</source>
        <translation>Eine Funktion namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+40"/>
        <source>There is no function named %1.</source>
        <translation>Es gibt keine Funktion namens %1.</translation>
    </message>
    <message>
        <location filename="../core/functions/functioncode.cpp" line="+29"/>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/functions/functionzip.cpp" line="+105"/>
        <source>%1 is a symbolic link; a function&apos;s code is regular files only.</source>
        <translation>%1 ist ein symbolischer Link; der Code einer Funktion besteht nur aus regulären Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/functions/functionzip.cpp" line="+9"/>
        <source>The code is over Lambda&apos;s limit of 250 MB unpacked.</source>
        <translation>Der Code überschreitet entpackt das Lambda-Limit von 250 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/functions/functionzip.cpp" line="+51"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no files.</source>
        <translation>%1 enthält keine Dateien.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 climbs out of the code&apos;s folder.</source>
        <translation>%1 führt aus dem Ordner des Codes hinaus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code could not be kept in %1: %2</source>
        <translation>Der Code konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code could not be kept in %1.</source>
        <translation>Der Code konnte nicht in %1 abgelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionjson.cpp" line="+42"/>
        <source>A function&apos;s stored configuration cannot be read.</source>
        <translation>Die gespeicherte Konfiguration einer Funktion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The invocation&apos;s answer is not one Sloop reads.</source>
        <translation>Sloop kann die Antwort des Aufrufs nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/functions/functionpool.cpp" line="+123"/>
        <source>Rate exceeded: %1 already runs %n invocation(s), its limit.</source>
        <translation>
            <numerusform>Aufrufrate überschritten: %1 bearbeitet bereits %n Aufruf, das Limit dieser Funktion.</numerusform>
            <numerusform>Aufrufrate überschritten: %1 bearbeitet bereits %n Aufrufe, das Limit dieser Funktion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Rate exceeded: %n invocation(s) run at once, the account&apos;s limit.</source>
        <translation>
            <numerusform>Aufrufrate überschritten: %n Aufruf läuft gleichzeitig, das Limit des Kontos.</numerusform>
            <numerusform>Aufrufrate überschritten: %n Aufrufe laufen gleichzeitig, das Limit des Kontos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/functions/functionservice.cpp" line="-92"/>
        <location line="+70"/>
        <location line="+153"/>
        <source>There is no engine called %1.</source>
        <translation>Es gibt keine Engine namens %1.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionservice.cpp" line="-280"/>
        <source>Function not found: %1</source>
        <translation>Function not found: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The engine %1 has no image %2: pull it (on the Images page, or with &quot;docker pull&quot;) or build it there first.</source>
        <translation>Die Engine %1 hat kein Image %2: Holen Sie es (auf der Seite „Images“ oder mit „docker pull“) oder bauen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine %1 has no image %2, which functions run on. Build it with scripts/build-runtime-images.sh, or copy it to a host with &quot;docker save %2 | ssh HOST docker load&quot;.</source>
        <translation>Die Engine %1 hat kein Image %2, auf dem Funktionen laufen. Bauen Sie es mit scripts/build-runtime-images.sh, oder kopieren Sie es mit „docker save %2 | ssh HOST docker load“ auf einen Host.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The engine %1 has no network %2. Make it on the Containers page (or with &quot;docker network create %2&quot;) first.</source>
        <translation>Die Engine %1 hat kein Netzwerk %2. Legen Sie es zuerst auf der Seite „Container“ an (oder mit „docker network create %2“).</translation>
    </message>
    <message>
        <location line="+205"/>
        <location line="+57"/>
        <source>Request must be smaller than %1 bytes for the InvokeFunction operation</source>
        <translation>Request must be smaller than %1 bytes for the InvokeFunction operation</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>Could not parse request body into json: the payload is not JSON.</source>
        <translation>Could not parse request body into json: the payload is not JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate exceeded: %1&apos;s reserved concurrency is 0.</source>
        <translation>Aufrufrate überschritten: Die reservierte Parallelität von %1 ist 0.</translation>
    </message>
    <message>
        <location filename="../core/functions/functiontemplates.cpp" line="+236"/>
        <source>Hello world (Python)</source>
        <translation>Hallo Welt (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns a greeting for the name in the event and logs what arrived.</source>
        <translation>Gibt eine Begrüßung für den Namen im Ereignis zurück und protokolliert, was ankam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hello world (Node.js)</source>
        <translation>Hallo Welt (Node.js)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An async handler that returns a greeting and logs the event.</source>
        <translation>Ein asynchroner Handler, der eine Begrüßung zurückgibt und das Ereignis protokolliert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hello API (Python)</source>
        <translation>Hallo-API (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers GET /hello?name=… through the API gateway with a JSON greeting: what the Learn page&apos;s API Gateway card sets up.</source>
        <translation>Beantwortet GET /hello?name=… über das API-Gateway mit einer JSON-Begrüßung: das, was die API-Gateway-Karte der Seite „Lernen“ einrichtet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook receiver (Python)</source>
        <translation>Webhook-Empfänger (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes an HTTP request as API Gateway sends it and answers with a status code and a JSON body.</source>
        <translation>Nimmt eine HTTP-Anfrage entgegen, wie API Gateway sie schickt, und antwortet mit einem Statuscode und einem JSON-Body.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled job (Python)</source>
        <translation>Geplante Aufgabe (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on a schedule, as EventBridge runs it: every night at 02:00, say. Add the schedule on its Triggers tab.</source>
        <translation>Läuft nach Zeitplan, wie EventBridge sie ausführt: etwa jede Nacht um 02:00. Fügen Sie den Zeitplan auf dem Reiter „Auslöser“ hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thumbnail maker (Python)</source>
        <translation>Vorschaubild-Erzeuger (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a 128-pixel thumbnail of each image put in a folder bucket under uploads/, as S3 and Lambda do.</source>
        <translation>Erstellt ein Vorschaubild mit 128 Pixeln von jedem Bild, das unter uploads/ in einen Ordner-Bucket gelegt wird, wie mit S3 und Lambda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nightly database backup (Python)</source>
        <translation>Nächtliche Datenbanksicherung (Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backs up the SQLite database app.db in the folder bucket &quot;data&quot; to backups/, checked and compressed, keeping the last 7 (set BACKUP_BUCKET, DATABASE_KEY, KEEP_BACKUPS). Add the schedule cron(0 3 * * ? *) on its Triggers tab.</source>
        <translation>Sichert die SQLite-Datenbank app.db im Ordner-Bucket „data“ geprüft und komprimiert nach backups/ und behält die letzten 7 (einstellbar über BACKUP_BUCKET, DATABASE_KEY, KEEP_BACKUPS). Fügen Sie den Zeitplan cron(0 3 * * ? *) auf dem Reiter „Auslöser“ hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom runtime (shell)</source>
        <translation>Eigene Laufzeitumgebung (Shell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bootstrap script that speaks the Lambda Runtime API with curl, the way Go, Rust and other custom runtimes do.</source>
        <translation>Ein bootstrap-Skript, das mit curl die Lambda Runtime API spricht, so wie es Go, Rust und andere eigene Laufzeitumgebungen tun.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionversions.cpp" line="+67"/>
        <source>&quot;%1&quot; is not an alias name: use letters, digits, - and _ (at most 128), not only digits.</source>
        <translation>„%1“ ist kein Aliasname: Verwenden Sie Buchstaben, Ziffern, - und _ (höchstens 128), nicht nur Ziffern.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A second version&apos;s weight is between 0 and 1, and needs the version.</source>
        <translation>Der Anteil einer zweiten Version liegt zwischen 0 und 1 und braucht die Version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no version %2: publish it first.</source>
        <translation>%1 hat keine Version %2: Veröffentlichen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 has no alias %2.</source>
        <translation>%1 hat keinen Alias %2.</translation>
    </message>
    <message>
        <location filename="../core/functions/asyncevents.cpp" line="+49"/>
        <source>Retries are 0, 1 or 2 (Lambda&apos;s MaximumRetryAttempts).</source>
        <translation>Wiederholungsversuche sind 0, 1 oder 2 (MaximumRetryAttempts von Lambda).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum event age is 60 to 21,600 seconds (6 hours).</source>
        <translation>Das maximale Ereignisalter liegt zwischen 60 und 21.600 Sekunden (6 Stunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>function: needs a function&apos;s name.</source>
        <translation>function: braucht den Namen einer Funktion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A function cannot be its own on-failure destination.</source>
        <translation>Eine Funktion kann nicht ihr eigenes Ziel bei Fehler sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The on-failure destination is a folder&apos;s absolute path or function:NAME; &quot;%1&quot; is neither.</source>
        <translation>Das Ziel bei Fehler ist der absolute Pfad eines Ordners oder function:NAME; „%1“ ist keines von beiden.</translation>
    </message>
    <message>
        <location filename="../core/functions/functionzip.cpp" line="-107"/>
        <location line="+102"/>
        <source>The .zip is over Lambda&apos;s limit of 50 MB for an upload.</source>
        <translation>Die .zip-Datei überschreitet das Lambda-Limit von 50 MB für einen Upload.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The .zip cannot be read: %1</source>
        <translation>Die .zip-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a .zip Sloop can read: %1</source>
        <translation>Dies ist keine .zip-Datei, die Sloop lesen kann: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry %1 of the .zip cannot be read: %2</source>
        <translation>Eintrag %1 der .zip-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 would be unpacked outside the function&apos;s folder.</source>
        <translation>%1 würde außerhalb des Ordners der Funktion entpackt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is encrypted; Lambda takes no passwords.</source>
        <translation>%1 ist verschlüsselt; Lambda akzeptiert keine Passwörter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is in the .zip twice.</source>
        <translation>%1 ist doppelt in der .zip-Datei enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>%1 cannot be unpacked: %2</source>
        <translation>%1 kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold the size the .zip gives.</source>
        <translation>%1 hat nicht die Größe, die die .zip-Datei angibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .zip has no files.</source>
        <translation>Die .zip-Datei enthält keine Dateien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <location filename="../core/gateway/apiediting.cpp" line="+46"/>
        <location line="+171"/>
        <source>API %1 has no authorizer &quot;%2&quot;.</source>
        <translation>API %1 hat keinen Autorisierer „%2“.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>A WebSocket route sends to a function or answers a fixed reply.</source>
        <translation>Eine WebSocket-Route sendet an eine Funktion oder gibt eine feste Antwort zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API %1 has no route &quot;%2&quot;.</source>
        <translation>API %1 hat keine Route „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A REST API&apos;s stages have names: deploy to &quot;dev&quot; or &quot;prod&quot;, for example.</source>
        <translation>Die Stufen einer REST API haben Namen: Stellen Sie zum Beispiel in „dev“ oder „prod“ bereit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API %1 has no routes to deploy: add one first (sloop routes add).</source>
        <translation>API %1 hat keine Routen zum Bereitstellen: Fügen Sie zuerst eine hinzu (sloop routes add).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>API %1 has no stage &quot;%2&quot;.</source>
        <translation>API %1 hat keine Stufe „%2“.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Stage %1 has no earlier deployment to go back to.</source>
        <translation>Stufe %1 hat keine frühere Bereitstellung, zu der sie zurückkehren könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API %1 has no deployment %2.</source>
        <translation>API %1 hat keine Bereitstellung %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A stage&apos;s rate is 0 (no throttle) or more requests a second, with a burst of at least 1.</source>
        <translation>Die Rate einer Stufe beträgt 0 (keine Drosselung) oder mehr Anfragen pro Sekunde, bei einem Burst von mindestens 1.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Routes use authorizer &quot;%1&quot;: %2. Change them first.</source>
        <translation>Routen verwenden den Autorisierer „%1“: %2. Ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../core/gateway/apikeys.cpp" line="+145"/>
        <source>There is already a key called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Schlüssel namens „%1“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no API key called &quot;%1&quot; (sloop keys ls lists them).</source>
        <translation>Es gibt keinen API-Schlüssel namens „%1“ (sloop keys ls listet sie auf).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no API key %1.</source>
        <translation>Es gibt keinen API-Schlüssel %1.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>A key&apos;s name is 1 to 128 letters, digits and - . _, starting with a letter or digit.</source>
        <translation>Der Name eines Schlüssels besteht aus 1 bis 128 Buchstaben, Ziffern und - . _ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A usage plan&apos;s name is 1 to 128 letters, digits and - . _, starting with a letter or digit.</source>
        <translation>Der Name eines Nutzungsplans besteht aus 1 bis 128 Buchstaben, Ziffern und - . _ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A usage plan&apos;s rate is above 0 requests a second, its burst at least 1 and its quota 0 (none) or more.</source>
        <translation>Die Rate eines Nutzungsplans liegt über 0 Anfragen pro Sekunde, sein Burst bei mindestens 1 und sein Kontingent bei 0 (keines) oder mehr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is already a usage plan called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Nutzungsplan namens „%1“.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no usage plan called &quot;%1&quot; (sloop usage-plans ls lists them).</source>
        <translation>Es gibt keinen Nutzungsplan namens „%1“ (sloop usage-plans ls listet sie auf).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no usage plan %1.</source>
        <translation>Es gibt keinen Nutzungsplan %1.</translation>
    </message>
    <message>
        <location filename="../core/gateway/apimodel.cpp" line="+319"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A route is a method and a path, such as &quot;GET /pets/{id}&quot;, or $default; the method is one of %1.</source>
        <translation>Eine Route ist eine Methode und ein Pfad, etwa „GET /pets/{id}“, oder $default; die Methode ist eine von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A route&apos;s path starts with &quot;/&quot; and has no spaces: &quot;%1&quot;.</source>
        <translation>Der Pfad einer Route beginnt mit „/“ und enthält keine Leerzeichen: „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A greedy parameter such as {proxy+} must be the last part of the path: &quot;%1&quot;.</source>
        <translation>Ein gieriger Parameter wie {proxy+} muss der letzte Teil des Pfads sein: „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path names {%1} twice.</source>
        <translation>Der Pfad nennt {%1} zweimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid part of a route&apos;s path: use letters, digits and - . _ ~, or a whole {parameter}.</source>
        <translation>„%1“ ist kein gültiger Teil eines Routenpfads: Verwenden Sie Buchstaben, Ziffern und - . _ ~ oder einen ganzen {parameter}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A WebSocket route is $connect, $disconnect, $default, or the value a message&apos;s route selection expression gives, such as &quot;sendmessage&quot; (letters, digits and _ . : -).</source>
        <translation>Eine WebSocket-Route ist $connect, $disconnect, $default oder der Wert, den der Routenauswahlausdruck einer Nachricht ergibt, etwa „sendmessage“ (Buchstaben, Ziffern und _ . : -).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A route selection expression names a field of the message&apos;s JSON, such as $request.body.action.</source>
        <translation>Ein Routenauswahlausdruck benennt ein Feld im JSON der Nachricht, etwa $request.body.action.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An API&apos;s name is 1 to 128 letters, digits, spaces and - . _, starting with a letter or digit.</source>
        <translation>Der Name einer API besteht aus 1 bis 128 Buchstaben, Ziffern, Leerzeichen und - . _ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stage&apos;s name is 1 to 128 letters, digits, - and _ (or $default).</source>
        <translation>Der Name einer Stufe besteht aus 1 bis 128 Buchstaben, Ziffern, - und _ (oder lautet $default).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the function the route invokes.</source>
        <translation>Geben Sie die Funktion an, die die Route aufruft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>The payload format is 1.0 or 2.0.</source>
        <translation>Das Payload-Format ist 1.0 oder 2.0.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>An HTTP integration needs an http:// or https:// URL: &quot;%1&quot;.</source>
        <translation>Eine HTTP-Integration braucht eine http://- oder https://-URL: „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A mock&apos;s status is 100 to 599.</source>
        <translation>Der Status eines Mocks liegt zwischen 100 und 599.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An integration&apos;s timeout is 50 ms to 15 minutes.</source>
        <translation>Das Zeitlimit einer Integration liegt zwischen 50 ms und 15 Minuten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an origin: write it as https://app.example.com (with :port when not the default), or * for any.</source>
        <translation>„%1“ ist kein Ursprung: Schreiben Sie ihn als https://app.example.com (mit :Port, wenn nicht der Standard), oder * für jeden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With credentials allowed, name the origins: browsers refuse credentials for any origin (*).</source>
        <translation>Wenn Anmeldedaten erlaubt sind, nennen Sie die Ursprünge: Browser verweigern Anmeldedaten für jeden Ursprung (*).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CORS max age is 0 to 86,400 seconds.</source>
        <translation>Ein CORS-Höchstalter liegt zwischen 0 und 86.400 Sekunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An authorizer&apos;s name is 1 to 128 letters, digits, - and _.</source>
        <translation>Der Name eines Autorisierers besteht aus 1 bis 128 Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the caller&apos;s identity is, such as $request.header.Authorization.</source>
        <translation>Geben Sie an, wo die Identität des Aufrufers steht, etwa $request.header.Authorization.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an identity source: write $request.header.NAME or $request.querystring.NAME.</source>
        <translation>„%1“ ist keine Identitätsquelle: Schreiben Sie $request.header.NAME oder $request.querystring.NAME.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A JWT authorizer reads the token from one place.</source>
        <translation>Ein JWT-Autorisierer liest das Token von genau einer Stelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JWT authorizer needs the issuer its tokens name (their &quot;iss&quot;).</source>
        <translation>Ein JWT-Autorisierer braucht den Aussteller, den seine Tokens nennen (ihr „iss“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JWT authorizer needs at least one audience (a token&apos;s &quot;aud&quot; or &quot;client_id&quot;).</source>
        <translation>Ein JWT-Autorisierer braucht mindestens eine Zielgruppe („aud“ oder „client_id“ eines Tokens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JWT authorizer needs the issuer&apos;s key set (JWKS) as a file, by its full path.</source>
        <translation>Ein JWT-Autorisierer braucht den Schlüsselsatz (JWKS) des Ausstellers als Datei, mit vollständigem Pfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the function that authorizes.</source>
        <translation>Geben Sie die Funktion an, die autorisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TOKEN authorizer reads one header.</source>
        <translation>Ein TOKEN-Autorisierer liest genau einen Header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorizer&apos;s answers are kept 0 to 3,600 seconds.</source>
        <translation>Die Antworten eines Autorisierers werden 0 bis 3.600 Sekunden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A cache keeps answers 0 to 3,600 seconds.</source>
        <translation>Ein Cache bewahrt Antworten 0 bis 3.600 Sekunden auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cache holds 1 to 6,400 MB.</source>
        <translation>Ein Cache fasst 1 bis 6.400 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a query string or header name.</source>
        <translation>„%1“ ist kein Name eines Query-Strings oder Headers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address to serve on: use 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or one of this machine&apos;s addresses.</source>
        <translation>„%1“ ist keine IP-Adresse zum Ausliefern: Verwenden Sie 127.0.0.1 (nur dieser Rechner), 0.0.0.0 (alle Schnittstellen) oder eine der Adressen dieses Rechners.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The stored definition of API %1 cannot be read.</source>
        <translation>Die gespeicherte Definition der API %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/gateway/apirepository.cpp" line="+83"/>
        <source>There is already an API called &quot;%1&quot; or one on port %2.</source>
        <translation>Es gibt bereits eine API namens „%1“ oder eine auf Port %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Another API is called &quot;%1&quot; or serves on port %2.</source>
        <translation>Eine andere API heißt „%1“ oder läuft auf Port %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>There is no API %1.</source>
        <translation>Es gibt keine API %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no API called &quot;%1&quot; (sloop apis ls lists them).</source>
        <translation>Es gibt keine API namens „%1“ (sloop apis ls listet sie auf).</translation>
    </message>
    <message>
        <location filename="../core/gateway/proxyevents.cpp" line="+275"/>
        <source>The function&apos;s answer is not a valid proxy response: %1</source>
        <translation>Die Antwort der Funktion ist keine gültige Proxy-Antwort: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statusCode is missing or not an HTTP status.</source>
        <translation>statusCode fehlt oder ist kein HTTP-Status.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body must be a string.</source>
        <translation>body muss ein String sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>isBase64Encoded is true but body is not base64.</source>
        <translation>isBase64Encoded ist true, aber body ist kein Base64.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a header&apos;s name or value is not allowed in HTTP.</source>
        <translation>der Name oder Wert eines Headers ist in HTTP nicht zulässig.</translation>
    </message>
    <message>
        <location filename="../core/gateway/apiquickstart.cpp" line="+38"/>
        <source>Made by the Learn page&apos;s API Gateway card.</source>
        <translation>Von der API-Gateway-Karte der Seite „Lernen“ erstellt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GET /hello for the Learn page</source>
        <translation>GET /hello für die Seite „Lernen“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A usage plan named &quot;%1&quot; exists for other APIs; rename or remove it, then try again.</source>
        <translation>Für andere APIs gibt es bereits einen Nutzungsplan namens „%1“; benennen Sie ihn um oder entfernen Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The template is missing.</source>
        <translation>Die Vorlage fehlt.</translation>
    </message>
    <message>
        <location filename="../core/gateway/authorizerevents.cpp" line="+42"/>
        <source>The authorizer&apos;s answer is not valid: %1</source>
        <translation>Die Antwort des Autorisierers ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;context&quot; is not an object</source>
        <translation>„context“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a simple response has &quot;isAuthorized&quot;: true or false</source>
        <translation>eine einfache Antwort hat „isAuthorized“: true oder false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the context value &quot;%1&quot; is not a string, number or boolean</source>
        <translation>der context-Wert „%1“ ist kein String, keine Zahl und kein boolescher Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no &quot;policyDocument&quot;</source>
        <translation>sie hat kein „policyDocument“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its policy has no &quot;Statement&quot;</source>
        <translation>ihre Richtlinie hat kein „Statement“</translation>
    </message>
    <message>
        <location filename="../core/gateway/jwtverifier.cpp" line="+162"/>
        <source>A JSON Web Key Set is an object with a &quot;keys&quot; array.</source>
        <translation>Ein JSON Web Key Set ist ein Objekt mit einem Array „keys“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key set has no RSA (2,048 bits or more) or EC (P-256, P-384) signing key.</source>
        <translation>Der Schlüsselsatz enthält keinen Signaturschlüssel vom Typ RSA (2.048 Bit oder mehr) oder EC (P-256, P-384).</translation>
    </message>
</context>
<context>
    <name>HostKeyPrompts</name>
    <message>
        <location filename="../widgets/hosts/hostkeyprompts.cpp" line="+40"/>
        <source>Trust this host?</source>
        <translation>Diesem Host vertrauen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sloop has not connected to &lt;b&gt;%1&lt;/b&gt; before.</source>
        <translation>Sloop war noch nie mit &lt;b&gt;%1&lt;/b&gt; verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The server identifies itself with this %1 key:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint the server&apos;s administrator gives you (on the server: %3). Trust it only if they match; Sloop then remembers it in &lt;code&gt;~/.ssh/known_hosts&lt;/code&gt; and warns if it ever changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Server weist sich mit diesem %1-Schlüssel aus:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt (auf dem Server: %3). Vertrauen Sie ihm nur, wenn beide übereinstimmen; Sloop merkt ihn sich dann in &lt;code&gt;~/.ssh/known_hosts&lt;/code&gt; und warnt, falls er sich jemals ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The host key of %1 has changed. Sloop did not connect.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Host-Schlüssel von %1 hat sich geändert. Sloop hat keine Verbindung hergestellt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a key of another type)</source>
        <translation>(ein Schlüssel eines anderen Typs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Someone could be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled and made new keys.&lt;/p&gt;&lt;p&gt;Key on record: %1&lt;br&gt;Key offered now (%2): %3&lt;/p&gt;&lt;p&gt;Forget the old key only if you know why it changed. The next connection will then ask you to trust the new key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Server wurde neu installiert und hat neue Schlüssel erzeugt.&lt;/p&gt;&lt;p&gt;Gespeicherter Schlüssel: %1&lt;br&gt;Jetzt angebotener Schlüssel (%2): %3&lt;/p&gt;&lt;p&gt;Vergessen Sie den alten Schlüssel nur, wenn Sie wissen, warum er sich geändert hat. Bei der nächsten Verbindung werden Sie dann gefragt, ob Sie dem neuen Schlüssel vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget the old key…</source>
        <translation>Alten Schlüssel vergessen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget the old key?</source>
        <translation>Alten Schlüssel vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the recorded key of %1 from known_hosts? Sloop records this in the command log.</source>
        <translation>Den gespeicherten Schlüssel von %1 aus known_hosts entfernen? Sloop vermerkt das im Befehlsprotokoll.</translation>
    </message>
</context>
<context>
    <name>HostStatus</name>
    <message>
        <location filename="../core/hosts/hoststatus.cpp" line="+21"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host key not trusted yet</source>
        <translation>Host-Schlüssel noch nicht bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known_hosts unreadable</source>
        <translation>known_hosts nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SSH error</source>
        <translation>SSH-Fehler</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <location filename="../core/hosts/hostrecord.cpp" line="+31"/>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>„%1“ ist kein gültiger Host-Name: erlaubt sind Buchstaben, Ziffern, „_“, „.“ und „-“, am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host %1 needs an address (a DNS name or an IP address).</source>
        <translation>Host %1 braucht eine Adresse (einen DNS-Namen oder eine IP-Adresse).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of host %1 contains spaces or control characters.</source>
        <translation>Die Adresse von Host %1 enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of host %1 cannot start with &apos;-&apos;.</source>
        <translation>Die Adresse von Host %1 darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port of host %1 must be between 1 and 65535, not %2.</source>
        <translation>Der Port von Host %1 muss zwischen 1 und 65535 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name for host %1 cannot contain spaces, &apos;@&apos; or control characters.</source>
        <translation>Der Benutzername für Host %1 darf keine Leerzeichen, kein „@“ und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity file of host %1 contains control characters.</source>
        <translation>Die Identitätsdatei von Host %1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid tag: no spaces, commas or control characters, at most 64 characters.</source>
        <translation>„%1“ ist kein gültiges Tag: keine Leerzeichen, Kommas oder Steuerzeichen, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/hosts/hostrepository.cpp" line="+55"/>
        <location line="+30"/>
        <source>There is already a host named %1.</source>
        <translation>Es gibt bereits einen Host namens %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 is not in the store (it may have been removed meanwhile).</source>
        <translation>Host %1 ist nicht im Speicher (er wurde vielleicht inzwischen entfernt).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no host named %1.</source>
        <translation>Es gibt keinen Host namens %1.</translation>
    </message>
    <message>
        <location filename="../core/hosts/sshconfigimport.cpp" line="+153"/>
        <source>a pattern, not one host: its options apply to the hosts it matches</source>
        <translation>ein Muster, kein einzelner Host: Seine Optionen gelten für die passenden Hosts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Match block names no host to import; libssh applies what it supports of it to the hosts it matches</source>
        <translation>ein Match-Block nennt keinen Host zum Importieren; was libssh davon unterstützt, wendet es auf die passenden Hosts an</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Includes nested deeper than %1 levels (a loop?) are not read</source>
        <translation>Includes, die tiefer als %1 Ebenen verschachtelt sind (eine Schleife?), werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no file matches %1</source>
        <translation>keine Datei passt zu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read, so its hosts are missing</source>
        <translation>%1 kann nicht gelesen werden, daher fehlen die Hosts darin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>libssh does not support this option</source>
        <translation>libssh unterstützt diese Option nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an option libssh knows</source>
        <translation>keine Option, die libssh kennt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>libssh could not create a session</source>
        <translation>libssh konnte keine Sitzung erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libssh refuses it as a host name</source>
        <translation>libssh lehnt ihn als Host-Namen ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libssh could not evaluate the config for it: %1</source>
        <translation>libssh konnte die Konfiguration dafür nicht auswerten: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it is reached through ProxyJump %1, which Sloop does not support yet</source>
        <translation>er wird über ProxyJump %1 erreicht, was Sloop noch nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is reached through ProxyCommand %1, which Sloop does not support yet</source>
        <translation>er wird über ProxyCommand %1 erreicht, was Sloop noch nicht unterstützt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the SSH config %1.</source>
        <translation>Die SSH-Konfiguration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write a temporary copy of %1 for libssh.</source>
        <translation>Für libssh kann keine temporäre Kopie von %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a host with this name is already in Sloop</source>
        <translation>ein Host mit diesem Namen ist bereits in Sloop</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <location filename="../core/http/httpclient.cpp" line="+158"/>
        <source>Not an http or https address: %1</source>
        <translation>Keine http- oder https-Adresse: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The transfer was stopped.</source>
        <translation>Die Übertragung wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with more than %2 MiB.</source>
        <translation>%1 hat mit mehr als %2 MiB geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Instances</name>
    <message>
        <location filename="../core/instances/instancerecord.cpp" line="+29"/>
        <source>The %1 of instance %2 is not valid: &quot;%3&quot; (letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters).</source>
        <translation>Instanz %2: %1 „%3“ ist ungültig (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance %1: the published port %2 must be between 1 and 65535.</source>
        <translation>Instanz %1: Der veröffentlichte Port %2 muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1: the host port %2 must be between 1 and 65535 (0: choose one).</source>
        <translation>Instanz %1: Der Host-Port %2 muss zwischen 1 und 65535 liegen (0: automatisch wählen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1: a published port&apos;s protocol is tcp or udp, not &quot;%2&quot;.</source>
        <translation>Instanz %1: Das Protokoll eines veröffentlichten Ports ist tcp oder udp, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1: &quot;%2&quot; is not an IP address to publish a port on.</source>
        <translation>Instanz %1: „%2“ ist keine IP-Adresse, auf der ein Port veröffentlicht werden kann.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an address range: %2</source>
        <translation>„%1“ ist kein Adressbereich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scope ids (&quot;%&quot;) are not allowed.</source>
        <translation>Scope-IDs („%“) sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write an IPv4 or IPv6 address, a &apos;/&apos; and a prefix length, such as 203.0.113.0/24 or 2001:db8::/32.</source>
        <translation>erwartet wird eine IPv4- oder IPv6-Adresse, ein &apos;/&apos; und eine Präfixlänge, etwa 203.0.113.0/24 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the prefix length must be a number from 0 to %1.</source>
        <translation>die Präfixlänge muss eine Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it has bits set past the prefix; did you mean %1?</source>
        <translation>hinter dem Präfix sind Bits gesetzt; meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A firewall rule&apos;s protocol is tcp, udp or all, not &quot;%1&quot;.</source>
        <translation>Das Protokoll einer Firewall-Regel ist tcp, udp oder all, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The firewall rule&apos;s ports %1-%2 are not a range within 1-65535.</source>
        <translation>Die Ports %1-%2 der Firewall-Regel sind kein Bereich innerhalb von 1-65535.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a valid instance name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>„%1“ ist kein gültiger Instanzname: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 needs a location (an engine or a host).</source>
        <translation>Instanz %1 braucht einen Standort (eine Engine oder einen Host).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blueprint</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host record</source>
        <translation>Host-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container id</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address of instance %1 cannot contain spaces or control characters or start with &apos;-&apos;.</source>
        <translation>Die Adresse der Instanz %1 darf keine Leer- oder Steuerzeichen enthalten und nicht mit &apos;-&apos; beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SSH port of instance %1 must be between 1 and 65535, not %2.</source>
        <translation>Der SSH-Port der Instanz %1 muss zwischen 1 und 65535 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a login user name for instance %2.</source>
        <translation>„%1“ ist kein Anmeldename für die Instanz %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file of instance %1 contains control characters.</source>
        <translation>Die Schlüsseldatei der Instanz %1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1: the count of finished steps cannot be negative.</source>
        <translation>Instanz %1: Die Zahl der abgeschlossenen Schritte kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1: the failed step&apos;s title contains control characters.</source>
        <translation>Instanz %1: Der Titel des fehlgeschlagenen Schritts enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid tag: start with a letter or digit, then letters, digits or _ . : = + @ / - (no spaces, quotes, commas or &apos;$&apos;), at most 64.</source>
        <translation>„%1“ ist kein gültiges Tag: mit einem Buchstaben oder einer Ziffer beginnen, dann Buchstaben, Ziffern oder _ . : = + @ / - (keine Leerzeichen, Anführungszeichen, Kommas oder &apos;$&apos;), höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instance %1: %2</source>
        <translation>Instanz %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instance %1 publishes %2 twice.</source>
        <translation>Instanz %1 veröffentlicht %2 doppelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance %1 uses host port %2/%3 twice.</source>
        <translation>Instanz %1 verwendet den Host-Port %2/%3 doppelt.</translation>
    </message>
    <message>
        <location filename="../core/instances/instancerepository.cpp" line="+146"/>
        <source>[%1 earlier bytes cut]</source>
        <translation>[%1 frühere Bytes abgeschnitten]</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+31"/>
        <source>There is already an instance named %1.</source>
        <translation>Es gibt bereits eine Instanz namens %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1 is not in the store (it may have been removed meanwhile).</source>
        <translation>Instanz %1 ist nicht im Speicher (sie wurde vielleicht inzwischen entfernt).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+109"/>
        <location line="+14"/>
        <source>There is no instance named %1.</source>
        <translation>Es gibt keine Instanz namens %1.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The stored record of instance %1 cannot be read (written by a newer Sloop?).</source>
        <translation>Der gespeicherte Eintrag der Instanz %1 kann nicht gelesen werden (von einer neueren Sloop-Version geschrieben?).</translation>
    </message>
    <message>
        <location filename="../core/instances/snapshotrepository.cpp" line="+48"/>
        <source>&quot;%1&quot; is not a valid snapshot name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>„%1“ ist kein gültiger Snapshot-Name: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot %1 names no valid instance (&quot;%2&quot;).</source>
        <translation>Snapshot %1 nennt keine gültige Instanz („%2“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1 needs the engine or host it is kept on.</source>
        <translation>Snapshot %1 braucht die Engine oder den Host, auf dem er liegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1: &quot;%2&quot; is not a plan or blueprint id.</source>
        <translation>Snapshot %1: „%2“ ist keine Tarif- oder Vorlagen-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1: the size cannot be negative.</source>
        <translation>Snapshot %1: Die Größe kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1 needs the image it was committed to (no spaces).</source>
        <translation>Snapshot %1 braucht das Image, in das er committet wurde (ohne Leerzeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot %1 needs the path of its archive.</source>
        <translation>Snapshot %1 braucht den Pfad seines Archivs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot %1 holds no paths.</source>
        <translation>Snapshot %1 enthält keine Pfade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1: &quot;%2&quot; is not an absolute path.</source>
        <translation>Snapshot %1: „%2“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is already a snapshot named %1.</source>
        <translation>Es gibt bereits einen Snapshot namens %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no snapshot named %1.</source>
        <translation>Es gibt keinen Snapshot namens %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The stored record of snapshot %1 cannot be read (written by a newer Sloop?).</source>
        <translation>Der gespeicherte Eintrag des Snapshots %1 kann nicht gelesen werden (von einer neueren Sloop-Version geschrieben?).</translation>
    </message>
    <message>
        <location filename="../core/instances/instancejson.cpp" line="+61"/>
        <source>The list of instances is not a JSON array: %1</source>
        <translation>Die Liste der Instanzen ist kein JSON-Array: %1</translation>
    </message>
</context>
<context>
    <name>KeygenText</name>
    <message>
        <location filename="../core/ssh/sshkeygen.cpp" line="+34"/>
        <source>Could not export the public key.</source>
        <translation>Der öffentliche Schlüssel konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key named %1 exists already; pick another name.</source>
        <translation>Ein Schlüssel namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not generate an ed25519 key.</source>
        <translation>Es konnte kein ed25519-Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the private key to %1.</source>
        <translation>Der private Schlüssel konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the public key to %1: %2</source>
        <translation>Der öffentliche Schlüssel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no key file %1.</source>
        <translation>Es gibt keine Schlüsseldatei %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the key %1 (is it protected by a passphrase? Then put its public half next to it as %1.pub).</source>
        <translation>Der Schlüssel %1 konnte nicht gelesen werden (ist er mit einer Passphrase geschützt? Dann legen Sie seinen öffentlichen Teil als %1.pub daneben).</translation>
    </message>
</context>
<context>
    <name>LaunchPlan</name>
    <message>
        <location filename="../core/instances/launchplan.cpp" line="+28"/>
        <source>launch script: contains a NUL byte.</source>
        <translation>Startskript: enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>launch script: longer than %1 KiB.</source>
        <translation>Startskript: länger als %1 KiB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>launch script: cannot be quoted.</source>
        <translation>Startskript: kann nicht quotiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the launch script</source>
        <translation>Das Startskript ausführen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+35"/>
        <source>launch script:
%1</source>
        <translation>Startskript:
%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>blueprint %1:
%2</source>
        <translation>Vorlage %1:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blueprint %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>launch script: %1</source>
        <translation>Startskript: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Launch script: %1</source>
        <translation>Startskript: %1</translation>
    </message>
</context>
<context>
    <name>LearnCards</name>
    <message>
        <location filename="../widgets/learn/learncards.cpp" line="+23"/>
        <source>Docker, images and registries</source>
        <translation>Docker, Images und Registries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A container is a program packed together with everything it needs to run: its libraries, settings and files. The package it starts from is called an image, a read-only template that runs the same way on any machine with Docker. Images live in registries such as Docker Hub: you push an image once and pull it wherever you need it.</source>
        <translation>Ein Container ist ein Programm, verpackt mit allem, was es zum Laufen braucht: seinen Bibliotheken, Einstellungen und Dateien. Das Paket, aus dem er startet, heißt Image – eine schreibgeschützte Vorlage, die auf jedem Rechner mit Docker gleich läuft. Images liegen in Registries wie Docker Hub: Sie laden ein Image einmal hoch und holen es überall dorthin, wo Sie es brauchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Containers page shows the containers, images, volumes and networks of every Docker engine you connect, on this computer or on your servers. You can start, stop and inspect containers there, and the command log shows the exact engine call behind each click.</source>
        <translation>Die Seite „Container“ zeigt die Container, Images, Volumes und Netzwerke jeder Docker-Engine, die Sie verbinden – auf diesem Rechner oder auf Ihren Servern. Dort können Sie Container starten, stoppen und untersuchen, und das Befehlsprotokoll zeigt den genauen Engine-Aufruf hinter jedem Klick.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker or a virtual machine?</source>
        <translation>Docker oder virtuelle Maschine?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A virtual machine pretends to be a whole computer: it boots its own operating system on virtual hardware, which isolates it well but makes it heavy to start and run. A container shares the kernel of the machine it runs on and only walls off the processes, files and network it can see, so it starts in a moment and uses little memory. Virtual machines suit servers you log into; containers suit single applications you ship and replace often.</source>
        <translation>Eine virtuelle Maschine spielt einen ganzen Computer: Sie bootet ihr eigenes Betriebssystem auf virtueller Hardware. Das trennt sie gut ab, macht sie aber schwer zu starten und zu betreiben. Ein Container teilt sich den Kernel des Rechners, auf dem er läuft, und schirmt nur die Prozesse, Dateien und das Netzwerk ab, die er sieht – so startet er im Nu und braucht wenig Speicher. Virtuelle Maschinen passen zu Servern, auf denen man sich anmeldet; Container passen zu einzelnen Anwendungen, die man oft ausliefert und ersetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In Sloop an instance can be either: a whole server you already have, reached over SSH, or a system container with its own init and SSH server, held to the CPU and memory of its plan. Plain application containers live on the Containers page.</source>
        <translation>In Sloop kann eine Instanz beides sein: ein ganzer Server, den Sie schon haben und über SSH erreichen, oder ein System-Container mit eigenem Init und SSH-Server, begrenzt auf die CPU und den Speicher seines Tarifs. Gewöhnliche Anwendungs-Container finden Sie auf der Seite „Container“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lightsail: simple virtual servers</source>
        <translation>Lightsail: einfache virtuelle Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Lightsail is the simple corner of Amazon&apos;s cloud. You pick a blueprint (an operating system alone, or one with an app such as WordPress already set up), pick a plan with a fixed monthly price, and get a virtual private server. The plan says plainly how much CPU, memory, disk and traffic you get.</source>
        <translation>Amazon Lightsail ist die einfache Ecke von Amazons Cloud. Sie wählen eine Vorlage (nur ein Betriebssystem oder eines mit einer fertig eingerichteten App wie WordPress), wählen einen Tarif mit festem Monatspreis und bekommen einen virtuellen privaten Server. Der Tarif sagt klar, wie viel CPU, Speicher, Festplatte und Datenvolumen Sie erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instances are Sloop&apos;s Lightsail. You create one from a blueprint, a small file of cloud-init steps that Sloop applies over SSH while you watch, and choose a plan that sets its limits and shows what a similar server would cost each month.</source>
        <translation>Instanzen sind Sloops Lightsail. Sie erstellen eine aus einer Vorlage – einer kleinen Datei mit cloud-init-Schritten, die Sloop über SSH ausführt, während Sie zusehen – und wählen einen Tarif, der ihre Grenzen festlegt und zeigt, was ein ähnlicher Server im Monat kosten würde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECR: a private image registry</source>
        <translation>ECR: eine private Image-Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Elastic Container Registry (ECR) is a private place for your own container images. You push an image after building it, and your servers pull it when they start a container. A private registry keeps your code to yourself, and pulls stay fast because it sits close to your servers.</source>
        <translation>Amazon Elastic Container Registry (ECR) ist ein privater Ort für Ihre eigenen Container-Images. Sie laden ein Image nach dem Bauen hoch, und Ihre Server holen es, wenn sie einen Container starten. Eine private Registry behält Ihren Code für sich, und das Herunterladen bleibt schnell, weil sie nah bei Ihren Servern steht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECS: containers as services</source>
        <translation>ECS: Container als Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Elastic Container Service (ECS) keeps containers running for you. You describe a service (which image, how many copies, which ports) and ECS starts the copies on a group of machines, replaces any that crash, and rolls out new versions a few at a time. You stop caring for single containers and look after the service as a whole.</source>
        <translation>Amazon Elastic Container Service (ECS) hält Container für Sie am Laufen. Sie beschreiben einen Dienst (welches Image, wie viele Kopien, welche Ports), und ECS startet die Kopien auf einer Gruppe von Rechnern, ersetzt abgestürzte und spielt neue Versionen nach und nach ein. Sie kümmern sich nicht mehr um einzelne Container, sondern um den Dienst als Ganzes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EKS: managed Kubernetes</source>
        <translation>EKS: verwaltetes Kubernetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Elastic Kubernetes Service (EKS) runs Kubernetes for you. Kubernetes is a popular open-source system that does the same job as ECS, keeping many containers running across many machines, with its own words for things: pods, deployments, services. It is powerful and widely used, and it takes a while to learn.</source>
        <translation>Amazon Elastic Kubernetes Service (EKS) betreibt Kubernetes für Sie. Kubernetes ist ein verbreitetes Open-Source-System, das dieselbe Aufgabe erfüllt wie ECS – viele Container auf vielen Rechnern am Laufen halten – mit eigenen Begriffen: Pods, Deployments, Services. Es ist mächtig und weit verbreitet, und es braucht eine Weile, bis man es beherrscht.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sloop&apos;s services run on Docker Swarm mode, which ships inside every Docker engine. On the Swarm page, make one engine a swarm&apos;s manager and join your others; then create a service with an image and a number of copies, and see each copy&apos;s node. Stop a copy and Swarm starts another; update the image and the copies change a few at a time, rolled back by themselves when the new ones fail their health check.</source>
        <translation>Die Dienste von Sloop laufen auf dem Swarm-Modus von Docker, der schon in jeder Docker-Engine enthalten ist. Machen Sie auf der Seite „Swarm“ eine Engine zum Manager eines Swarms und lassen Sie Ihre anderen beitreten; erstellen Sie dann einen Dienst mit einem Image und einer Zahl von Kopien, und sehen Sie, auf welchem Knoten jede Kopie läuft. Stoppen Sie eine Kopie, und Swarm startet eine andere; aktualisieren Sie das Image, und die Kopien wechseln schrittweise, wenige auf einmal – und werden von selbst zurückgerollt, wenn die neuen ihre Gesundheitsprüfung nicht bestehen.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sloop works with a registry on one of your own machines, such as the standard open-source registry, which speaks the same protocol as Docker Hub and ECR. On the Registries page, add its address, push an image from any engine and browse its repositories and tags with their digests and sizes.</source>
        <translation>Sloop arbeitet mit einer Registry auf einem Ihrer eigenen Rechner, etwa der üblichen Open-Source-Registry, die dasselbe Protokoll spricht wie Docker Hub und ECR. Fügen Sie auf der Seite „Registrys“ ihre Adresse hinzu, laden Sie Images von jeder Engine dorthin hoch und sehen Sie ihre Repositorys und Tags mit Digests und Größen durch.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sloop runs services on Docker Swarm, which is much smaller and needs nothing beyond Docker; it does not run Kubernetes (see the README&apos;s roadmap for what that would take). What you learn from services on the Swarm page (a desired number of copies, health checks, rolling updates) carries straight over to Kubernetes.</source>
        <translation>Sloop betreibt Dienste auf Docker Swarm, das viel kleiner ist und nichts außer Docker braucht; Kubernetes betreibt es nicht (was dafür nötig wäre, steht in der Roadmap im README). Was Sie mit Diensten auf der Seite „Swarm“ lernen (eine gewünschte Zahl von Kopien, Gesundheitsprüfungen, schrittweise Updates), lässt sich direkt auf Kubernetes übertragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fargate: containers without minding servers</source>
        <translation>Fargate: Container, ohne sich um Server zu kümmern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS Fargate runs ECS or EKS containers without you choosing or looking after the machines underneath. You say how much CPU and memory each container needs, AWS finds room for it, and you pay by the second. The servers are still there; you just never see them.</source>
        <translation>AWS Fargate betreibt ECS- oder EKS-Container, ohne dass Sie die Rechner darunter auswählen oder pflegen. Sie sagen, wie viel CPU und Speicher jeder Container braucht, AWS findet Platz dafür, und Sie zahlen sekundengenau. Die Server gibt es trotzdem; Sie sehen sie nur nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Sloop the servers are your own, so nothing is hidden, but you need not pick one: &quot;sloop tasks run --cpu 0.5 --memory 1g IMAGE&quot; asks a swarm for that much room, Swarm places the task on a node that has it, and Sloop shows its log, the node it ran on and what Fargate would have charged for it.</source>
        <translation>In Sloop gehören die Server Ihnen, es ist also nichts verborgen, aber Sie müssen keinen auswählen: „sloop tasks run --cpu 0.5 --memory 1g IMAGE“ fragt einen Swarm nach so viel Platz, Swarm setzt den Task auf einen Knoten, der ihn hat, und Sloop zeigt sein Log, den Knoten, auf dem er lief, und was Fargate dafür berechnet hätte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lightsail container services</source>
        <translation>Lightsail-Containerdienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Lightsail container service runs your container images behind one web address. You choose a power (the CPU and memory of each node, at a flat monthly price) and a scale (how many nodes), then deploy: an image, its command and environment, and which port answers the public. Lightsail checks the new copies and switches the address over only when they are healthy.</source>
        <translation>Ein Lightsail-Containerdienst betreibt Ihre Container-Images hinter einer einzigen Webadresse. Sie wählen eine Leistung (CPU und Speicher jedes Knotens, zu einem festen Monatspreis) und eine Skalierung (wie viele Knoten) und stellen dann bereit: ein Image, seinen Befehl und seine Umgebung und den Port, der öffentlich antwortet. Lightsail prüft die neuen Kopien und schaltet die Adresse erst auf sie um, wenn sie gesund sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the Container services page, create a service with a power and a scale on an engine that leads a swarm, and deploy an image with its port. Sloop starts the copies as Swarm services beside the running ones, checks each as Lightsail&apos;s load balancer would, and only then moves the address to them; a deployment that fails is removed and the one before keeps answering.</source>
        <translation>Erstellen Sie auf der Seite „Containerdienste“ einen Dienst mit einer Leistung und einer Skalierung auf einer Engine, die einen Swarm leitet, und stellen Sie ein Image mit seinem Port bereit. Sloop startet die Kopien als Swarm-Dienste neben den laufenden, prüft jede so, wie es der Load Balancer von Lightsail tun würde, und legt erst dann die Adresse auf sie um; eine fehlgeschlagene Bereitstellung wird entfernt, und die vorherige antwortet weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lambda: functions that run on demand</source>
        <translation>Lambda: Funktionen auf Abruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS Lambda runs a small piece of code, called a function, only when something asks for it: a web request, a timer or a new file. No server waits for you; Lambda starts the code, lets it run for a limited time, and you pay only for that time. Each function has a memory size and a time limit.</source>
        <translation>AWS Lambda führt ein kleines Stück Code, eine Funktion, nur dann aus, wenn etwas danach verlangt: eine Webanfrage, ein Zeitgeber oder eine neue Datei. Kein Server wartet auf Sie; Lambda startet den Code, lässt ihn eine begrenzte Zeit laufen, und Sie zahlen nur diese Zeit. Jede Funktion hat eine Speichergröße und ein Zeitlimit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Functions in Sloop use the same handler style as Lambda, in Python, Node.js or shell, and run in containers on your own Docker engine. Sloop keeps a few warm containers ready, stops them when nobody calls, and holds each function to its memory and time limits.</source>
        <translation>Funktionen in Sloop nutzen denselben Handler-Stil wie Lambda, in Python, Node.js oder Shell, und laufen in Containern auf Ihrer eigenen Docker-Engine. Sloop hält ein paar warme Container bereit, stoppt sie, wenn niemand aufruft, und hält jede Funktion in ihren Speicher- und Zeitgrenzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API Gateway: web addresses for your code</source>
        <translation>API Gateway: Webadressen für Ihren Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon API Gateway is the front door for functions and services. It maps web addresses and methods, such as POST /orders, to the code that handles them. It also checks API keys, limits how many requests each caller may send, and answers &quot;429 Too Many Requests&quot; to anyone who sends more.</source>
        <translation>Amazon API Gateway ist die Eingangstür für Funktionen und Dienste. Es ordnet Webadressen und Methoden wie POST /orders dem Code zu, der sie bearbeitet. Außerdem prüft es API-Schlüssel, begrenzt, wie viele Anfragen jeder Aufrufer senden darf, und antwortet „429 Too Many Requests“, wenn jemand mehr sendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sloop has a small gateway of its own, running inside the app or on a server with &quot;sloop serve&quot;. You define routes and stages, hand out API keys with usage plans, and requests reach your functions in the same event format Lambda uses. Try it makes a function behind GET /hello that needs a key; press Send and it answers.</source>
        <translation>Sloop hat ein eigenes kleines Gateway, das in der App läuft oder mit „sloop serve“ auf einem Server. Sie legen Routen und Stufen fest, geben API-Schlüssel mit Nutzungsplänen aus, und Anfragen erreichen Ihre Funktionen im selben Ereignisformat, das Lambda verwendet. „Ausprobieren“ erstellt eine Funktion hinter GET /hello, die einen Schlüssel verlangt; klicken Sie auf „Senden“, und sie antwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch: queues of jobs</source>
        <translation>Batch: Warteschlangen für Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS Batch runs jobs: programs that start, do a piece of work and finish, such as resizing a thousand photos or building a nightly report. You put jobs in a queue with a priority, and Batch starts them on the machines you allow as room frees up, retrying the ones that fail. Jobs can wait for other jobs, or run as an array of many similar tasks.</source>
        <translation>AWS Batch führt Jobs aus: Programme, die starten, eine Arbeit erledigen und enden – etwa tausend Fotos verkleinern oder einen nächtlichen Bericht erstellen. Sie stellen Jobs mit einer Priorität in eine Warteschlange, und Batch startet sie auf den erlaubten Rechnern, sobald Platz frei wird, und wiederholt die fehlgeschlagenen. Jobs können auf andere Jobs warten oder als Array vieler ähnlicher Aufgaben laufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch in Sloop runs each job as a container on your engines, with priority queues, retries, timeouts, array jobs and dependencies. Jobs pass through the same states as on AWS, from submitted to succeeded or failed, so what you see matches the AWS documentation.</source>
        <translation>Batch in Sloop führt jeden Job als Container auf Ihren Engines aus, mit Prioritäts-Warteschlangen, Wiederholungen, Zeitlimits, Array-Jobs und Abhängigkeiten. Jobs durchlaufen dieselben Zustände wie bei AWS, von „submitted“ bis „succeeded“ oder „failed“, sodass das Angezeigte zur AWS-Dokumentation passt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch or Lambda?</source>
        <translation>Batch oder Lambda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both run your code without you starting it by hand, but they suit different work. Lambda is for quick answers: a function that finishes in seconds, is called often, and usually has someone waiting for the reply. Batch is for big work that can wait its turn in a queue: jobs that run for minutes or hours and need plenty of memory or CPU.</source>
        <translation>Beide führen Ihren Code aus, ohne dass Sie ihn von Hand starten, aber sie passen zu unterschiedlicher Arbeit. Lambda ist für schnelle Antworten: eine Funktion, die in Sekunden fertig ist, oft aufgerufen wird und meist jemanden hat, der auf die Antwort wartet. Batch ist für große Arbeit, die in einer Warteschlange warten kann: Jobs, die Minuten oder Stunden laufen und viel Speicher oder CPU brauchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same rule holds in Sloop: a function when someone is waiting, a batch job when the work is large and may start a little later. Both run as containers on your engines; they differ in how they are started, limited and retried.</source>
        <translation>In Sloop gilt dieselbe Regel: eine Funktion, wenn jemand wartet, ein Batch-Job, wenn die Arbeit groß ist und etwas später beginnen darf. Beide laufen als Container auf Ihren Engines; sie unterscheiden sich darin, wie sie gestartet, begrenzt und wiederholt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CloudWatch: charts and alarms</source>
        <translation>CloudWatch: Diagramme und Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon CloudWatch collects numbers about your servers over time, such as CPU use, memory, disk and network traffic, and draws them as charts. An alarm watches one of those numbers and tells you when it stays past a threshold for a while, for example CPU above 90% for five minutes. Waiting a while before alarming means a short spike does not wake you up.</source>
        <translation>Amazon CloudWatch sammelt über die Zeit Zahlen zu Ihren Servern, etwa CPU-Last, Speicher, Festplatte und Netzwerkverkehr, und zeichnet sie als Diagramme. Ein Alarm beobachtet eine dieser Zahlen und meldet sich, wenn sie eine Weile über einer Schwelle bleibt, zum Beispiel CPU über 90 % für fünf Minuten. Weil der Alarm eine Weile wartet, weckt Sie eine kurze Spitze nicht auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Monitoring page charts every host, instance and container you connect, sampled over SSH by a small shell script (nothing to install) and from the Docker engine. Alarms work as CloudWatch&apos;s do: a statistic over a period, M of N periods to alarm, and a choice of how missing data counts. Try it: open Monitoring, pick a host, then add an alarm for CPU over 80%.</source>
        <translation>Die Seite „Überwachung“ zeigt Diagramme für jeden verbundenen Host, jede Instanz und jeden Container, gemessen über SSH mit einem kleinen Shell-Skript (nichts zu installieren) und von der Docker-Engine. Alarme funktionieren wie in CloudWatch: eine Statistik über einen Zeitraum, M von N Zeiträumen bis zum Alarm und die Wahl, wie fehlende Daten zählen. Probieren Sie es aus: Öffnen Sie „Überwachung“, wählen Sie einen Host und fügen Sie dann einen Alarm für CPU über 80 % hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pricing: flat rate or pay per use?</source>
        <translation>Preise: Pauschal oder nach Verbrauch?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clouds sell computing in two main ways. A flat-rate plan, like Lightsail&apos;s, costs the same every month whether your server is busy or idle. Pay per use, like Lambda or Fargate, charges only for what actually runs: cheap when traffic is light, and costly when it is high all day.</source>
        <translation>Clouds verkaufen Rechenleistung auf zwei Hauptwegen. Ein Pauschaltarif wie bei Lightsail kostet jeden Monat gleich viel, ob Ihr Server beschäftigt ist oder nicht. Abrechnung nach Verbrauch wie bei Lambda oder Fargate berechnet nur, was tatsächlich läuft: günstig bei wenig Verkehr, teuer, wenn er den ganzen Tag hoch ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own machines cost what they cost, but Sloop shows what the same resources would cost in a cloud, from a price catalog that states its date and source. The Pricing page compares flat-rate plans with pay-per-use estimates and shows where one becomes cheaper than the other.</source>
        <translation>Ihre eigenen Rechner kosten, was sie kosten, aber Sloop zeigt, was dieselben Ressourcen in einer Cloud kosten würden – aus einem Preiskatalog, der Datum und Quelle nennt. Die Seite „Preise“ vergleicht Pauschaltarife mit Schätzungen nach Verbrauch und zeigt, ab wann das eine günstiger wird als das andere.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+27"/>
        <source>Sloop is already open (pid %1); its window was brought forward.</source>
        <translation>Sloop ist bereits geöffnet (PID %1); sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>MetricSeriesModel</name>
    <message>
        <location filename="../models/metrics/metricseriesmodel.cpp" line="+158"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>MetricUnits</name>
    <message>
        <location filename="../models/metrics/metricunits.cpp" line="+22"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/metricstore.cpp" line="+33"/>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a point without a target or metric name</source>
        <translation>ein Punkt ohne Ziel oder Metriknamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a finite number</source>
        <translation>%1: %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is beyond the range kept (±3e38)</source>
        <translation>%1: %2 liegt außerhalb des gespeicherten Bereichs (±3e38)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the time is out of range</source>
        <translation>%1: der Zeitpunkt liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot add the series %1 %2: %3</source>
        <translation>Die Reihe %1 %2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: older than the raw samples kept</source>
        <translation>%1: älter als die aufbewahrten Rohwerte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Skipped %n point(s) that cannot be stored: %1</source>
        <translation>
            <numerusform>%n Punkt übersprungen, der nicht gespeichert werden kann: %1</numerusform>
            <numerusform>%n Punkte übersprungen, die nicht gespeichert werden können: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>A minute rollup needs a count and min ≤ avg ≤ max.</source>
        <translation>Ein Minutenwert braucht eine Anzahl und min ≤ avg ≤ max.</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricstorequery.cpp" line="+62"/>
        <source>The range of a metrics query must end after it starts.</source>
        <translation>Der Bereich einer Metrikabfrage muss nach seinem Anfang enden.</translation>
    </message>
</context>
<context>
    <name>OwnerLease</name>
    <message>
        <location filename="../core/controlplane/ownerlease.cpp" line="+52"/>
        <source>&quot;sloop serve&quot; (pid %1)</source>
        <translation>„sloop serve“ (PID %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Sloop window (pid %1)</source>
        <translation>das Sloop-Fenster (PID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sloop (pid %1)</source>
        <translation>Sloop (PID %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 owns the data folder %2.</source>
        <translation>%1 ist Besitzer des Datenordners %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the lock file %1 (permissions or a full disk?).</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden (Berechtigungen oder volle Festplatte?).</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <location filename="../core/util/paths.cpp" line="+82"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot look at the folder %1.</source>
        <translation>Der Ordner %1 kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder of its own (a link or a file); Sloop will not put its sockets there.</source>
        <translation>%1 ist kein eigenständiger Ordner (sondern ein Link oder eine Datei); Sloop legt seine Sockets dort nicht an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 belongs to another user (uid %2); Sloop will not put its sockets there.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer (UID %2); Sloop legt seine Sockets dort nicht an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Others may enter the folder %1 and it cannot be made private.</source>
        <translation>Andere Benutzer können auf den Ordner %1 zugreifen, und er lässt sich nicht privat machen.</translation>
    </message>
</context>
<context>
    <name>PlannedPages</name>
    <message>
        <location filename="../widgets/shell/placeholderpage.cpp" line="+38"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch will run jobs that start, work and finish, like AWS Batch: priority queues, retries, timeouts, array jobs and jobs that wait for others, each job a container on your engines.</source>
        <translation>Batch wird Jobs ausführen, die starten, arbeiten und enden, wie AWS Batch: Prioritäts-Warteschlangen, Wiederholungen, Zeitlimits, Array-Jobs und Jobs, die auf andere warten – jeder Job ein Container auf Ihren Engines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing will compare flat-rate monthly plans with pay-per-use estimates for what you run, from a dated price catalog, and show where one becomes cheaper than the other.</source>
        <translation>Die Preisseite wird pauschale Monatstarife mit Schätzungen nach Verbrauch für das vergleichen, was Sie betreiben, aus einem datierten Preiskatalog, und zeigen, ab wann das eine günstiger wird als das andere.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../core/pricing/costrepository.cpp" line="+31"/>
        <source>&quot;%1&quot; is not a host or engine name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>„%1“ ist kein Host- oder Engine-Name: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The monthly cost of %1 must be between 0 and 1,000,000.</source>
        <translation>Die monatlichen Kosten von %1 müssen zwischen 0 und 1.000.000 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a currency code: use three capital letters, such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode: drei Großbuchstaben verwenden, etwa USD oder EUR.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No monthly cost is stated for %1.</source>
        <translation>Für %1 sind keine monatlichen Kosten angegeben.</translation>
    </message>
    <message>
        <location filename="../core/pricing/price.cpp" line="+49"/>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/hour</source>
        <translation>%1/Stunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an amount: write a number such as 5 or 12.50 (at most two decimals, no thousands separators).</source>
        <translation>„%1“ ist kein Betrag: eine Zahl wie 5 oder 12.50 schreiben (höchstens zwei Nachkommastellen, keine Tausendertrennzeichen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is more than 1,000,000 a month; is it right?</source>
        <translation>%1 ist mehr als 1.000.000 im Monat; stimmt das?</translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="+54"/>
        <source>The price catalogue %1 is not valid: %2</source>
        <translation>Der Preiskatalog %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1: „%2“ fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an unknown key &quot;%2&quot; (known: %3).</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; in %2 must be a non-empty string.</source>
        <translation>%2: „%1“ muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; in %2 must be a whole number.</source>
        <translation>%2: „%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; in %2 must be at least %3, not %4.</source>
        <translation>%2: „%1“ muss mindestens %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the id &quot;%1&quot; of %2 must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos; (at most 32, starting with a letter or digit).</source>
        <translation>%2: die ID „%1“ muss aus Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen (höchstens 32 Zeichen, beginnend mit einem Buchstaben oder einer Ziffer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;vcpus&quot; in %1 is more than 1024.</source>
        <translation>%1: „vcpus“ ist größer als 1024.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The price catalogue %1 is not valid JSON: %2 (line %3).</source>
        <translation>Der Preiskatalog %1 ist kein gültiges JSON: %2 (Zeile %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The price catalogue %1 must be one JSON object.</source>
        <translation>Der Preiskatalog %1 muss ein einzelnes JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format %1 is not one this Sloop reads (it reads format 1).</source>
        <translation>Format %1 kann diese Sloop-Version nicht lesen (sie liest Format 1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;source&quot; must be an http(s) address, not &quot;%1&quot;.</source>
        <translation>„source“ muss eine http(s)-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;takenOn&quot; must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>„takenOn“ muss ein Datum der Form YYYY-MM-DD sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;currency&quot; must be a three-letter code such as USD, not &quot;%1&quot;.</source>
        <translation>„currency“ muss ein Code aus drei Buchstaben wie USD sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;plans&quot; must be a list with at least one plan.</source>
        <translation>„plans“ muss eine Liste mit mindestens einem Tarif sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan %1 (&quot;%2&quot;)</source>
        <translation>Tarif %1 („%2“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the id &quot;%1&quot; is used by more than one plan.</source>
        <translation>die ID „%1“ wird von mehr als einem Tarif verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the price catalogue %1: %2</source>
        <translation>Der Preiskatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price catalogue %1 is larger than 1 MiB.</source>
        <translation>Der Preiskatalog %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/pricing/apigatewayprice.cpp" line="+27"/>
        <location filename="../core/pricing/batchprice.cpp" line="+28"/>
        <location filename="../core/pricing/containerpowers.cpp" line="+42"/>
        <location filename="../core/pricing/lambdaprice.cpp" line="+27"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an API Gateway price file (format 1).</source>
        <translation>%1 ist keine Preisdatei für API Gateway (Format 1).</translation>
    </message>
    <message>
        <location filename="../core/pricing/lambdaprice.cpp" line="+6"/>
        <source>%1 is not a Lambda price file (format 1).</source>
        <translation>%1 ist keine Lambda-Preisdatei (Format 1).</translation>
    </message>
    <message>
        <location filename="../core/pricing/apigatewayprice.cpp" line="+22"/>
        <location filename="../core/pricing/batchprice.cpp" line="+29"/>
        <location filename="../core/pricing/lambdaprice.cpp" line="+15"/>
        <source>%1 has no prices in it.</source>
        <translation>%1 enthält keine Preise.</translation>
    </message>
    <message>
        <location filename="../core/pricing/batchprice.cpp" line="-23"/>
        <source>%1 is not a Batch price file (format 1).</source>
        <translation>%1 ist keine Batch-Preisdatei (Format 1).</translation>
    </message>
    <message>
        <location filename="../core/pricing/containerpowers.cpp" line="+6"/>
        <source>%1 is not a container power file (format 1).</source>
        <translation>%1 ist keine Leistungsdatei für Container (Format 1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: power &quot;%2&quot; needs an id, vCPUs, memoryMiB (64 or more) and priceUsd.</source>
        <translation>%1: Leistung „%2“ braucht eine id, vCPUs, memoryMiB (64 oder mehr) und priceUsd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no powers in it.</source>
        <translation>%1 enthält keine Leistungen.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../widgets/common/prompter.cpp" line="+16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../core/registry/imagetransfer.cpp" line="+58"/>
        <location line="+20"/>
        <source>The engine is gone.</source>
        <translation>Die Engine ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tag %1 for the registry: %2</source>
        <translation>%1 kann nicht für die Registry mit einem Tag versehen werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the engine did not say the image&apos;s digest.</source>
        <translation>%1: Die Engine hat den Digest des Images nicht genannt.</translation>
    </message>
    <message>
        <location filename="../core/registry/registryclient.cpp" line="+66"/>
        <source>&quot;%1&quot; is not a repository name: lowercase letters, digits and &apos;.&apos;, &apos;_&apos;, &apos;-&apos; between them, parts joined by &apos;/&apos;.</source>
        <translation>„%1“ ist kein Repository-Name: Kleinbuchstaben und Ziffern, dazwischen &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, Teile mit &apos;/&apos; verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a tag: up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Tag: bis zu 128 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, nicht beginnend mit &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The registry sent a manifest that is not JSON (%1 bytes).</source>
        <translation>Die Registry schickte ein Manifest, das kein JSON ist (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The manifest has no config (schema 1 manifests are not read).</source>
        <translation>Das Manifest hat keine Konfiguration (Manifeste nach Schema 1 werden nicht gelesen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Registry %1 answered HTTP %2.</source>
        <translation>Registry %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry %1: %2</source>
        <translation>Registry %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registry %1 refused the credentials of %2.</source>
        <translation>Registry %1 hat die Zugangsdaten von %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry %1 wants you to sign in: add it again with --user.</source>
        <translation>Registry %1 verlangt eine Anmeldung: Fügen Sie sie mit --user erneut hinzu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registry %1 wants a user and password: add it again with --user.</source>
        <translation>Registry %1 verlangt Benutzer und Passwort: Fügen Sie sie mit --user erneut hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry %1 asks for a sign-in Sloop does not speak: %2</source>
        <translation>Registry %1 verlangt eine Anmeldeart, die Sloop nicht beherrscht: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registry %1 names a token service that is not a web address.</source>
        <translation>Registry %1 nennt einen Token-Dienst, der keine Webadresse ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token service of registry %1 refused the credentials.</source>
        <translation>Der Token-Dienst von Registry %1 hat die Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token service of registry %1 gave no token (HTTP %2).</source>
        <translation>Der Token-Dienst von Registry %1 hat kein Token ausgegeben (HTTP %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 answers, but not as a registry (no Distribution API v2 at /v2/).</source>
        <translation>%1 antwortet, aber nicht als Registry (keine Distribution API v2 unter /v2/).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Registry %1 sent a list that is not JSON (%2 bytes).</source>
        <translation>Registry %1 schickte eine Liste, die kein JSON ist (%2 Bytes).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Registry %1 sent a manifest for %2 whose bytes do not match its digest (%3, said %4): not used.</source>
        <translation>Registry %1 schickte für %2 ein Manifest, dessen Bytes nicht zu seinem Digest passen (%3, angegeben %4): nicht verwendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Registry %1 sent an image config whose bytes do not match its digest %2.</source>
        <translation>Registry %1 schickte eine Image-Konfiguration, deren Bytes nicht zu ihrem Digest %2 passen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registry %1 does not allow deleting (its storage.delete.enabled is off).</source>
        <translation>Registry %1 erlaubt kein Löschen (ihr storage.delete.enabled ist aus).</translation>
    </message>
    <message>
        <location filename="../core/registry/registrylist.cpp" line="+98"/>
        <source>&quot;%1&quot; is not a registry name: use up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein Registry-Name: Verwenden Sie bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a registry named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Registry namens „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a registry address: use https://HOST[:PORT] (or http:// for one on this machine).</source>
        <translation>„%1“ ist keine Registry-Adresse: Verwenden Sie https://HOST[:PORT] (oder http:// für eine auf diesem Rechner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not on this machine: plain HTTP would send passwords and images in the clear. Use https://, or say --insecure if you mean it.</source>
        <translation>%1 ist nicht auf diesem Rechner: Einfaches HTTP würde Passwörter und Images im Klartext senden. Verwenden Sie https://, oder geben Sie --insecure an, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no CA file at %1.</source>
        <translation>Unter %1 gibt es keine CA-Datei.</translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <location filename="../core/containers/runspecparser.cpp" line="+96"/>
        <source>Choose an image to run, for example debian:bookworm.</source>
        <translation>Wählen Sie ein Image zum Starten, zum Beispiel debian:bookworm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an image reference. Use name[:tag], for example nginx:1.25 or registry.local:5000/team/app:latest (lower-case name).</source>
        <translation>„%1“ ist keine Image-Referenz. Erwartet wird name[:tag], zum Beispiel nginx:1.25 oder registry.local:5000/team/app:latest (Name in Kleinbuchstaben).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A container name starts with a letter or digit and has only letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>Ein Containername beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command contains a NUL character.</source>
        <translation>Der Befehl enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a port mapping. Write HOST:CONTAINER, for example 8080:80, or 127.0.0.1:8080:80/tcp; ports go from 1 to 65535.</source>
        <translation>„%1“ ist keine Port-Zuordnung. Erwartet wird HOST:CONTAINER, zum Beispiel 8080:80 oder 127.0.0.1:8080:80/tcp; Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not KEY=VALUE; a key is letters, digits and &quot;_&quot;, not starting with a digit.</source>
        <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT; ein Schlüssel besteht aus Buchstaben, Ziffern und „_“ und beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a volume. Write /host/path:/path/in/container or volume-name:/path, with :ro for read-only.</source>
        <translation>„%1“ ist kein Volume. Erwartet wird /host/pfad:/pfad/im/container oder volume-name:/pfad, mit :ro für schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The restart policy is one of no, always, unless-stopped, on-failure.</source>
        <translation>Die Neustart-Regel ist eine von no, always, unless-stopped, on-failure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPUs is a number above 0, for example 0.5 or 2.</source>
        <translation>CPUs ist eine Zahl über 0, zum Beispiel 0.5 oder 2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory is a size such as 512m or 2g.</source>
        <translation>Speicher ist eine Größe wie 512m oder 2g.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine needs at least 6 MiB of memory for a container.</source>
        <translation>Die Engine braucht für einen Container mindestens 6 MiB Speicher.</translation>
    </message>
</context>
<context>
    <name>S3</name>
    <message>
        <location filename="../core/awsapi/s3api.cpp" line="+299"/>
        <source>The specified method is not allowed against this resource.</source>
        <translation>The specified method is not allowed against this resource.</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+201"/>
        <source>The specified bucket does not exist: %1</source>
        <translation>The specified bucket does not exist: %1</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>x-amz-copy-source must name a bucket and a key: %1</source>
        <translation>x-amz-copy-source muss einen Bucket und einen Schlüssel nennen: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sloop&apos;s folder buckets do not serve ?%1 for %2.</source>
        <translation>Die Ordner-Buckets von Sloop bedienen ?%1 für %2 nicht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An upload&apos;s part needs a partNumber.</source>
        <translation>Ein Teil eines Uploads braucht eine partNumber.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>x-amz-copy-source-range must be bytes=FIRST-LAST.</source>
        <translation>x-amz-copy-source-range muss bytes=ERSTES-LETZTES sein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The XML you provided was not well-formed: %1</source>
        <translation>Das übermittelte XML ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 on an upload is not served.</source>
        <translation>%1 auf einem Upload wird nicht bedient.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sloop&apos;s folder buckets are made with &quot;sloop buckets add&quot;.</source>
        <translation>Die Ordner-Buckets von Sloop werden mit „sloop buckets add“ angelegt.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 on an object is not served.</source>
        <translation>%1 auf einem Objekt wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <location filename="../core/schedules/schedule.cpp" line="+57"/>
        <source>caught up</source>
        <translation>nachgeholt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function error</source>
        <translation>Funktionsfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not invoked</source>
        <translation>nicht aufgerufen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>missed %n fire(s)</source>
        <translation>
            <numerusform>%n Auslösung verpasst</numerusform>
            <numerusform>%n Auslösungen verpasst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running (retried if it fails)</source>
        <translation>läuft (wird bei einem Fehler wiederholt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a schedule name: use 1 to 64 letters, digits, ., - and _.</source>
        <translation>„%1“ ist kein Zeitplanname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, ., - und _.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A schedule needs one target: a function to invoke, or a Batch job queue and job definition to submit to.</source>
        <translation>Ein Zeitplan braucht ein Ziel: eine Funktion zum Aufrufen oder eine Job-Warteschlange und Job-Definition für einen Batch-Job.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The input is not JSON: %1 at character %2.</source>
        <translation>Die Eingabe ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../core/schedules/scheduleexpression.cpp" line="+64"/>
        <source>The %1 field has &quot;%2&quot;: use numbers %3–%4, ranges (a-b), lists (a,b), steps (*/n, a/n) or *.</source>
        <translation>Das Feld %1 enthält „%2“: Verwenden Sie Zahlen %3–%4, Bereiche (a-b), Listen (a,b), Schritte (*/n, a/n) oder *.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&quot;%1&quot; is not a time zone this machine knows: use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Rechner kennt: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a schedule expression: use rate(5 minutes), cron(0 12 * * ? *) or at(2026-12-24T18:00:00).</source>
        <translation>„%1“ ist kein Zeitplanausdruck: Verwenden Sie rate(5 minutes), cron(0 12 * * ? *) oder at(2026-12-24T18:00:00).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: a rate is a whole number above 0 and a unit, as in rate(5 minutes) or rate(1 day).</source>
        <translation>%1: Eine Rate ist eine ganze Zahl über 0 und eine Einheit, wie in rate(5 minutes) oder rate(1 day).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the unit is minutes, hours or days.</source>
        <translation>%1: Die Einheit ist minutes, hours oder days.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: for 1, AWS wants the singular: rate(1 %2).</source>
        <translation>%1: Bei 1 verlangt AWS den Singular: rate(1 %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: for more than 1, AWS wants the plural: rate(%2 %3s).</source>
        <translation>%1: Bei mehr als 1 verlangt AWS den Plural: rate(%2 %3s).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: a one-time schedule is at(yyyy-mm-ddThh:mm:ss), in the schedule&apos;s time zone.</source>
        <translation>%1: Ein einmaliger Zeitplan ist at(yyyy-mm-ddThh:mm:ss), in der Zeitzone des Zeitplans.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a cron expression has six fields (minutes hours day-of-month month day-of-week year); this one has %1. Every day at noon UTC is cron(0 12 * * ? *).</source>
        <translation>Ein Cron-Ausdruck hat sechs Felder (minutes hours day-of-month month day-of-week year); dieser hat %1. Täglich um 12:00 UTC ist cron(0 12 * * ? *).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>give either a day of the month or a day of the week, and ? in the other (cron(0 12 * * ? *), cron(0 12 ? * MON-FRI *)).</source>
        <translation>Geben Sie entweder einen Tag des Monats oder einen Wochentag an und ? im anderen Feld (cron(0 12 * * ? *), cron(0 12 ? * MON-FRI *)).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>L-n counts back at most 30 days.</source>
        <translation>L-n zählt höchstens 30 Tage zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nW takes a day of the month from 1 to 31.</source>
        <translation>nW erwartet einen Tag des Monats von 1 bis 31.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>%1 is not a day of the week.</source>
        <translation>%1 ist kein Wochentag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day-of-week takes 6L (the last Friday) or 3#2 (the second Tuesday) alone, not in a list.</source>
        <translation>day-of-week erwartet 6L (den letzten Freitag) oder 3#2 (den zweiten Dienstag) allein, nicht in einer Liste.</translation>
    </message>
    <message>
        <location filename="../core/schedules/scheduler.cpp" line="+140"/>
        <source>No Sloop control plane was running.</source>
        <translation>Es lief keine Steuerebene von Sloop.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch is not running.</source>
        <translation>Batch läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/schedules/schedulerepository.cpp" line="+80"/>
        <source>There is no schedule called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Zeitplan namens „%1“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is already a schedule called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Zeitplan namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <location filename="../widgets/hosts/secretprompt.cpp" line="+41"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the key &lt;code&gt;%1&lt;/code&gt; (for %2):</source>
        <translation>Passphrase des Schlüssels &lt;code&gt;%1&lt;/code&gt; (für %2):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is available: Sloop will ask each time and keeps the answer only in memory.</source>
        <translation>Kein Schlüsselbund verfügbar: Sloop fragt jedes Mal nach und hält die Antwort nur im Speicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved secret was not accepted.</source>
        <translation>Die gespeicherten Zugangsdaten wurden nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="+70"/>
        <source>No keychain is available: Sloop will ask for passwords each time and keep them only in memory for this session.</source>
        <translation>Kein Schlüsselbund verfügbar: Sloop fragt Passwörter jedes Mal ab und hält sie nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The keychain was asked to wait for itself.</source>
        <translation>Der Schlüsselbund wurde gebeten, auf sich selbst zu warten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain did not answer within %1 seconds (is it locked?).</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet (ist er gesperrt?).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Sftp</name>
    <message>
        <location filename="../core/ssh/sftpchannel.cpp" line="+63"/>
        <source>%1 did not open an SFTP channel: %2</source>
        <translation>%1 hat keinen SFTP-Kanal geöffnet: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no SFTP service (the server&apos;s sshd_config needs a &quot;Subsystem sftp&quot; line): %2</source>
        <translation>%1 bietet keinen SFTP-Dienst an (die sshd_config des Servers braucht eine Zeile „Subsystem sftp“): %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 was lost (%2 %3): %4</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2 %3): %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such file or folder on %1: %2</source>
        <translation>Datei oder Ordner auf %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied on %1 (%2 %3).</source>
        <translation>Zugriff verweigert auf %1 (%2 %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/ssh/sftpclient.cpp" line="+135"/>
        <source>%1 already exists on %2.</source>
        <translation>%1 existiert auf %2 bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SFTP server on %1 cannot %2 (%3).</source>
        <translation>Der SFTP-Server auf %1 unterstützt das nicht: %2 %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../core/ssh/sftpclient.cpp" line="-66"/>
        <source>The host&apos;s session is closed.</source>
        <translation>Die Sitzung zum Host ist geschlossen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2 is nested too deeply to delete.</source>
        <translation>%1 auf %2 ist zum Löschen zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open folder</source>
        <translation>Öffnen des Ordners</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <location line="+17"/>
        <source>list</source>
        <translation>Auflisten von</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Deleting %1 was cancelled; part of it is gone.</source>
        <translation>Das Löschen von %1 wurde abgebrochen; ein Teil davon ist bereits gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+199"/>
        <source>delete</source>
        <translation>Löschen von</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+210"/>
        <source>delete folder</source>
        <translation>Löschen des Ordners</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Listing was cancelled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/ssh/sftpupload.cpp" line="+75"/>
        <location line="+42"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolve</source>
        <translation>Auflösen von</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create folder</source>
        <translation>Erstellen des Ordners</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rename</source>
        <translation>Umbenennen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename to</source>
        <translation>Umbenennen in</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not delete the folder %1 on %2: it is not empty, or not a folder.</source>
        <translation>Der Ordner %1 auf %2 konnte nicht gelöscht werden: Er ist nicht leer oder kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/ssh/sftpdownload.cpp" line="+206"/>
        <source>Download of %1 cancelled.</source>
        <translation>Download von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+62"/>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+10"/>
        <source>download</source>
        <translation>Herunterladen von</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 on %2 got shorter while it was downloaded.</source>
        <translation>%1 auf %2 ist während des Herunterladens kürzer geworden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The connection to %1 was lost while downloading %2.</source>
        <translation>Die Verbindung zu %1 ist beim Herunterladen von %2 abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 on %2 is a folder; only files can be downloaded.</source>
        <translation>%1 auf %2 ist ein Ordner; nur Dateien können heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create a file in</source>
        <translation>Erstellen einer Datei in</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The download of %1 from %2 is incomplete: %3 of %4 bytes.</source>
        <translation>Der Download von %1 auf %2 ist unvollständig: %3 von %4 Bytes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rename the download to</source>
        <translation>Umbenennen des Downloads in</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not %1 %2 on this computer: %3</source>
        <translation>%1 %2 auf diesem Computer fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/ssh/sftpupload.cpp" line="-56"/>
        <source>The connection to %1 was lost while uploading %2.</source>
        <translation>Die Verbindung zu %1 ist beim Hochladen von %2 abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upload of %1 cancelled.</source>
        <translation>Upload von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 got shorter while it was uploaded.</source>
        <translation>%1 ist während des Hochladens kürzer geworden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>open</source>
        <translation>Öffnen von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file; only files can be uploaded.</source>
        <translation>%1 ist keine Datei; nur Dateien können hochgeladen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <location line="+22"/>
        <source>upload to</source>
        <translation>Hochladen nach</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Writing %1 on %2 failed: the disk is full or over quota.</source>
        <translation>Schreiben von %1 auf %2 fehlgeschlagen: Der Datenträger ist voll oder das Kontingent ist erschöpft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The upload of %1 to %2 is incomplete: %3 of %4 bytes.</source>
        <translation>Der Upload von %1 auf %2 ist unvollständig: %3 von %4 Bytes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on %2 is a folder.</source>
        <translation>%1 auf %2 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace</source>
        <translation>Ersetzen von</translation>
    </message>
    <message>
        <location filename="../core/ssh/sftppipelinedwriter.cpp" line="+55"/>
        <source>The server did not open another SFTP channel.</source>
        <translation>Der Server hat keinen weiteren SFTP-Kanal geöffnet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server did not confirm writes to %1 for 30 s.</source>
        <translation>Der Server hat Schreibvorgänge in %1 seit 30 s nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+66"/>
        <source>The connection failed while writing %1.</source>
        <translation>Die Verbindung ist beim Schreiben von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The server sent a malformed SFTP answer.</source>
        <translation>Der Server hat eine fehlerhafte SFTP-Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent an unexpected SFTP answer.</source>
        <translation>Der Server hat eine unerwartete SFTP-Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Permission denied writing %1.</source>
        <translation>Zugriff verweigert beim Schreiben von %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing %1 failed: the disk is full or over quota.</source>
        <translation>Schreiben von %1 fehlgeschlagen: Der Datenträger ist voll oder das Kontingent ist erschöpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1 failed (SFTP status %2): %3</source>
        <translation>Schreiben von %1 fehlgeschlagen (SFTP-Status %2): %3</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/util/shellwords.cpp" line="+60"/>
        <source>The command has an unclosed %1 quote.</source>
        <translation>Der Befehl enthält ein nicht geschlossenes Anführungszeichen %1.</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <location filename="../core/ssh/knownhosts.cpp" line="+97"/>
        <location line="+21"/>
        <source>Cannot read the known hosts file %1: %2</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ssh/remotecommand.cpp" line="+44"/>
        <source>An argument contains a NUL byte, which a remote command cannot receive: refusing to run it.</source>
        <translation>Ein Argument enthält ein NUL-Byte, das ein entfernter Befehl nicht empfangen kann: Der Befehl wird nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+71"/>
        <source>A remote command needs at least a program name.</source>
        <translation>Ein entfernter Befehl braucht mindestens einen Programmnamen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid environment variable name (letters, digits and underscores, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(not run: %1)</source>
        <translation>(nicht ausgeführt: %1)</translation>
    </message>
    <message>
        <location filename="../core/ssh/sshauth.cpp" line="+145"/>
        <source>%1 is encrypted and no passphrase was given</source>
        <translation>%1 ist verschlüsselt, und es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: wrong passphrase</source>
        <translation>%1: falsche Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read as a private key</source>
        <translation>%1 kann nicht als privater Schlüssel gelesen werden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 closed the connection before authentication: %2</source>
        <translation>%1 hat die Verbindung vor der Authentifizierung geschlossen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to %1 failed during authentication: %2</source>
        <translation>Die Verbindung zu %1 ist während der Authentifizierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not log in to %1 as %2. The server accepts: %3. Tried: %4.</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen. Der Server akzeptiert: %3. Versucht: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing Sloop knows</source>
        <translation>nichts, was Sloop kennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing (no key, agent or password available for these methods)</source>
        <translation>nichts (kein Schlüssel, Agent oder Passwort für diese Methoden verfügbar)</translation>
    </message>
    <message>
        <location filename="../core/ssh/sshconnection.cpp" line="+133"/>
        <location line="+21"/>
        <source>connection to %1 lost: no answer for %2 s</source>
        <translation>Verbindung zu %1 verloren: seit %2 s keine Antwort</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The name %1 of host %2 does not resolve (%3). Check the address, or the network&apos;s DNS.</source>
        <translation>Der Name %1 von Host %2 lässt sich nicht auflösen (%3). Prüfen Sie die Adresse oder den DNS des Netzwerks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot look up %1: %2</source>
        <translation>%1 kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2 port %3) did not answer within %4 s. The host may be down, or a firewall drops the connection.</source>
        <translation>%1 (%2 Port %3) hat nicht innerhalb von %4 s geantwortet. Der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Verbindung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) refused the connection on port %3: no SSH server listens there, or a firewall rejects it.</source>
        <translation>%1 (%2) hat die Verbindung auf Port %3 abgelehnt: Dort lauscht kein SSH-Server, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach %1 (%2 port %3): %4</source>
        <translation>%1 (%2 Port %3) ist nicht erreichbar: %4</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung erstellen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot set up the SSH session for %1</source>
        <translation>Die SSH-Sitzung für %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not finish the SSH handshake within %2 s</source>
        <translation>%1 hat den SSH-Handshake nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH handshake with %1 failed</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot create a channel to %1</source>
        <translation>Es kann kein Kanal zu %1 erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not open a channel</source>
        <translation>%1 hat keinen Kanal geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not start the command</source>
        <translation>%1 hat den Befehl nicht gestartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The command on %1 was cancelled.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command on %1 did not finish within %2 s; it was stopped.</source>
        <translation>Der Befehl auf %1 wurde nicht innerhalb von %2 s fertig; er wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>The connection to %1 failed while the command ran</source>
        <translation>Die Verbindung zu %1 ist während des Befehls fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command on %1 printed more than 256 MiB; it was stopped.</source>
        <translation>Der Befehl auf %1 hat mehr als 256 MiB ausgegeben; er wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/ssh/sshhostkey.cpp" line="+53"/>
        <source>%1 did not present a host key: %2</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot compute the fingerprint of the host key of %1.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not readable from %1)</source>
        <translation>(nicht lesbar aus %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host key of %1 (%2) has CHANGED. Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled. It now shows %3 %4; the key on record is %5. Sloop will not connect until you check the new fingerprint with the server&apos;s administrator and forget the old key.</source>
        <translation>Der Host-Schlüssel von %1 (%2) hat sich GEÄNDERT. Möglicherweise fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), oder der Server wurde neu installiert. Er zeigt jetzt %3 %4; der gespeicherte Schlüssel ist %5. Sloop verbindet sich erst, wenn Sie den neuen Fingerabdruck mit der Administration des Servers abgeglichen und den alten Schlüssel vergessen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) shows a host key of another type than the one on record, which can mean someone is intercepting the connection (a man-in-the-middle attack). It now shows %3 %4; the key on record is %5. Sloop will not connect until you check the new fingerprint with the server&apos;s administrator and forget the old key.</source>
        <translation>%1 (%2) zeigt einen Host-Schlüssel eines anderen Typs als den gespeicherten; das kann bedeuten, dass jemand die Verbindung abfängt (ein Man-in-the-Middle-Angriff). Er zeigt jetzt %3 %4; der gespeicherte Schlüssel ist %5. Sloop verbindet sich erst, wenn Sie den neuen Fingerabdruck mit der Administration des Servers abgeglichen und den alten Schlüssel vergessen haben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) is not a known host. Its %3 key has the fingerprint %4; accept it only if it matches what the server&apos;s administrator sees with `ssh-keygen -lf` on the server.</source>
        <translation>%1 (%2) ist kein bekannter Host. Sein %3-Schlüssel hat den Fingerabdruck %4; akzeptieren Sie ihn nur, wenn er mit dem übereinstimmt, was die Administration des Servers dort mit `ssh-keygen -lf` sieht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot record the host key of %1 in %2: %3</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>Der Host-Schlüssel von %1 kann nicht anhand von %2 geprüft werden: %3</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store/database.cpp" line="+31"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save to the database: %1</source>
        <translation>In die Datenbank kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %1 was written by a newer Sloop (schema %2; this one knows up to %3). Upgrade Sloop, or point XDG_DATA_HOME elsewhere.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Sloop-Version geschrieben (Schema %2; diese Version kennt höchstens %3). Sloop aktualisieren oder XDG_DATA_HOME auf einen anderen Ort zeigen lassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/store/storeworker.cpp" line="+147"/>
        <source>Cannot store %1: the store is not open.</source>
        <translation>%1 nicht gespeichert: Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 not stored: more than %2 writes were waiting.</source>
        <translation>%1 nicht gespeichert: Es warteten mehr als %2 Schreibvorgänge.</translation>
    </message>
</context>
<context>
    <name>Swarm</name>
    <message>
        <location filename="../core/swarm/swarmapi.cpp" line="+56"/>
        <source>The engine is gone.</source>
        <translation>Die Engine ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a name or ID Swarm could have.</source>
        <translation>„%1“ ist kein Name und keine ID, die es in Swarm geben kann.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A node&apos;s availability is active, pause or drain, not &quot;%1&quot;.</source>
        <translation>Die Verfügbarkeit eines Knotens ist active, pause oder drain, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A service needs an image.</source>
        <translation>Ein Dienst braucht ein Image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Replicas go from 0 to 1000, not %1.</source>
        <translation>Die Zahl der Replikate liegt zwischen 0 und 1000, nicht bei %1.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Engine %1 is not a manager of a swarm: make a swarm on it first (sloop swarm init).</source>
        <translation>Engine %1 ist kein Manager eines Swarms: Erstellen Sie dort zuerst einen Swarm (sloop swarm init).</translation>
    </message>
    <message>
        <location filename="../core/swarm/swarmjson.cpp" line="+155"/>
        <source>The engine did not give the swarm&apos;s join tokens: is it a manager?</source>
        <translation>Die Engine hat die Join-Tokens des Swarms nicht herausgegeben: Ist sie ein Manager?</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>A global service runs one task on every node; it has no replica count to scale.</source>
        <translation>Ein globaler Dienst führt auf jedem Knoten einen Task aus; er hat keine Zahl von Replikaten, die sich skalieren ließe.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A service needs a name.</source>
        <translation>Ein Dienst braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a service name Swarm accepts: use up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein Dienstname, den Swarm akzeptiert: Verwenden Sie bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/swarm/stacks.cpp" line="+99"/>
        <source>Done before it: %1.</source>
        <translation>Davor bereits erledigt: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stack uses the external network %1, which does not exist.</source>
        <translation>Der Stack verwendet das externe Netzwerk %1, das es nicht gibt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot make network %1: %2</source>
        <translation>Netzwerk %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+17"/>
        <source>Service %1: %2</source>
        <translation>Dienst %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no stack named %1.</source>
        <translation>Es gibt keinen Stack namens %1.</translation>
    </message>
    <message>
        <location filename="../core/swarm/fargatetask.cpp" line="+83"/>
        <source>Task %1 did not end within %2 s; it was removed.</source>
        <translation>Task %1 endete nicht innerhalb von %2 s; er wurde entfernt.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Fargate gives %1 vCPU with %2%3 to %4 GB of memory in steps of %5 GB, not %6 MB.</source>
        <translation>Fargate bietet %1 vCPU mit %2%3 bis %4 GB Speicher in Schritten von %5 GB, nicht %6 MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fargate&apos;s vCPU sizes are %1, not %2.</source>
        <translation>Die vCPU-Größen von Fargate sind %1, nicht %2.</translation>
    </message>
</context>
<context>
    <name>SystemContainers</name>
    <message>
        <location filename="../core/instances/hostkeytrust.cpp" line="+47"/>
        <source>&quot;%1&quot; is not an SSH public key line.</source>
        <translation>„%1“ ist keine Zeile mit einem öffentlichen SSH-Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a host address.</source>
        <translation>„%1“ ist keine Host-Adresse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the known hosts file %1: %2</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/instances/hostports.cpp" line="+84"/>
        <source>The protocol of a port must be tcp or udp, not &quot;%1&quot;.</source>
        <translation>Das Protokoll eines Ports muss tcp oder udp sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is not a port number (1-65535).</source>
        <translation>Port %1 ist keine Portnummer (1-65535).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host port %1 is not a port number (1-65535, or 0 to choose one).</source>
        <translation>Host-Port %1 ist keine Portnummer (1-65535 oder 0 für automatische Wahl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an IP address of the host.</source>
        <translation>„%1“ ist keine IP-Adresse des Hosts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 is published twice.</source>
        <translation>Port %1 wird doppelt veröffentlicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host port %1 is used for two ports.</source>
        <translation>Host-Port %1 wird für zwei Ports verwendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Host port %1 is already in use.</source>
        <translation>Host-Port %1 wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No free host port for %1 between %2 and %3.</source>
        <translation>Kein freier Host-Port für %1 zwischen %2 und %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a port mapping (address:host port:port/protocol).</source>
        <translation>„%1“ ist keine Port-Zuordnung (Adresse:Host-Port:Port/Protokoll).</translation>
    </message>
    <message>
        <location filename="../core/instances/sshprobe.cpp" line="+29"/>
        <source>no banner within a second</source>
        <translation>kein Banner innerhalb einer Sekunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection was closed before a banner</source>
        <translation>die Verbindung wurde vor einem Banner geschlossen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the server is not an SSH server</source>
        <translation>der Server ist kein SSH-Server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No SSH server answered on %1 port %2 within %3 s (last: %4).</source>
        <translation>Kein SSH-Server hat auf %1 Port %2 innerhalb von %3 s geantwortet (zuletzt: %4).</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../app/cli/run.cpp" line="-72"/>
        <source>&quot;%1&quot; is not KEY=VALUE: the key is empty.</source>
        <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT: Der Schlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>sloop::AdminApi</name>
    <message>
        <location filename="../core/controlplane/adminapi.cpp" line="-181"/>
        <source>Cannot serve the admin API at %1: %2</source>
        <translation>Die Admin-API kann unter %1 nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+57"/>
        <source>%1 is not allowed here.</source>
        <translation>%1 ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+17"/>
        <location line="+39"/>
        <source>The owner has no store open: %1</source>
        <translation>Der Besitzer hat keinen Speicher geöffnet: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;sloop serve&quot; owns this data folder; it has no window.</source>
        <translation>„sloop serve“ ist Besitzer dieses Datenordners; es hat kein Fenster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no %1 in the admin API.</source>
        <translation>%1 gibt es in der Admin-API nicht.</translation>
    </message>
</context>
<context>
    <name>sloop::ControlPlane</name>
    <message>
        <location filename="../core/controlplane/controlplane.cpp" line="+144"/>
        <source>Cannot create the data folder %1; the command log is kept in memory only.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden; das Befehlsprotokoll wird nur im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>%n command log entries</source>
        <translation>
            <numerusform>%n Eintrag im Befehlsprotokoll</numerusform>
            <numerusform>%n Einträge im Befehlsprotokoll</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>command log pruning</source>
        <translation>Aufräumen des Befehlsprotokolls</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Collection is stopped.</source>
        <translation>Die Erfassung ist angehalten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 owns this data folder and collects for it; this one takes over when it ends.</source>
        <translation>%1 ist Besitzer dieses Datenordners und erfasst die Metriken; dieser Prozess übernimmt, sobald jener endet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Metrics are not collected: the store is not open (%1).</source>
        <translation>Es werden keine Metriken erfasst: Der Speicher ist nicht geöffnet (%1).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;sloop serve&quot; (pid %1) collects metrics for this data folder; the window shows what it stores.</source>
        <translation>„sloop serve“ (PID %1) erfasst die Metriken für diesen Datenordner; das Fenster zeigt, was es speichert.</translation>
    </message>
</context>
<context>
    <name>sloop::CreateInstanceWizard</name>
    <message>
        <location filename="../widgets/instances/createinstancewizard.cpp" line="+44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create instance</source>
        <translation>Instanz &amp;erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Create an instance</source>
        <translation>Instanz erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blueprint</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch script</source>
        <translation>Startskript</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and tags</source>
        <translation>Name und Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review and create</source>
        <translation>Prüfen und erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps of creating an instance</source>
        <translation>Schritte zum Erstellen einer Instanz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.  Progress</source>
        <translation>%1.  Fortschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instances are not available</source>
        <translation>Instanzen sind nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sloop could not open its data folder, so it cannot keep instances: %1</source>
        <translation>Sloop konnte seinen Datenordner nicht öffnen und kann daher keine Instanzen speichern: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where should the instance run?</source>
        <translation>Wo soll die Instanz laufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On one of your Docker engines as a system container, or as a whole server you reach over SSH.</source>
        <translation>Auf einer Ihrer Docker-Engines als System-Container oder als ganzer Server, den Sie über SSH erreichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick your instance&apos;s platform</source>
        <translation>Plattform der Instanz wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a blueprint</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operating system alone, or one with an application installed and set up.</source>
        <translation>Nur ein Betriebssystem oder eines mit einer installierten und eingerichteten Anwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a launch script (optional)</source>
        <translation>Startskript hinzufügen (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to log in</source>
        <translation>Anmeldung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your instance plan</source>
        <translation>Tarif der Instanz wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name your instance</source>
        <translation>Instanz benennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is made until you press Create instance.</source>
        <translation>Es wird nichts erstellt, bis Sie auf „Instanz erstellen“ klicken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the default &amp;alarms (CPU, status check, disk)</source>
        <translation>Die Standard&amp;alarme anlegen (CPU, Statusprüfung, Datenträger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the default alarms</source>
        <translation>Die Standardalarme anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU over 80% for 15 minutes, a failed status check, and the disk over 90% full. Change or delete them on the Alarms page.</source>
        <translation>CPU über 80 % für 15 Minuten, eine fehlgeschlagene Statusprüfung und der Datenträger zu über 90 % voll. Ändern oder löschen Sie sie auf der Seite „Alarme“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each instance&apos;s steps and their logs, live. You can close this window: the work goes on and the Instances page shows it.</source>
        <translation>Die Schritte jeder Instanz und ihre Logs, live. Sie können dieses Fenster schließen: Die Arbeit läuft weiter, und die Seite „Instanzen“ zeigt sie an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel and close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the instance</source>
        <translation>Die Instanz erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window; creation goes on</source>
        <translation>Das Fenster schließen; die Erstellung läuft weiter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Create an instance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instanz erstellen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linux/Unix</source>
        <translation>Linux/Unix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debian or Ubuntu, with sshd; what every blueprint here is made for.</source>
        <translation>Debian oder Ubuntu, mit sshd; dafür sind alle Vorlagen hier gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Windows</source>
        <translation>Microsoft Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server instances.</source>
        <translation>Instanzen mit Windows Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not offered: Sloop&apos;s instances are Linux system containers or Linux servers reached over SSH.</source>
        <translation>Nicht angeboten: Die Instanzen von Sloop sind Linux-System-Container oder Linux-Server, die über SSH erreicht werden.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (ssh-agent and default keys)</source>
        <translation> (ssh-agent und Standardschlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
</context>
<context>
    <name>sloop::JobView</name>
    <message>
        <location filename="../widgets/instances/jobview.cpp" line="+94"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Follow the running step</source>
        <translation>Dem laufenden Schritt &amp;folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the running step</source>
        <translation>Dem laufenden Schritt folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step log</source>
        <translation>Schritt-Log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole log</source>
        <translation>Gesamtes Log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log of “%1”</source>
        <translation>Log von „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No job</source>
        <translation>Kein Auftrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: starting… (%2)</source>
        <translation>%1: wird gestartet … (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: step %2 of %3, %4 (%5)</source>
        <translation>%1: Schritt %2 von %3, %4 (%5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1: done in %2</source>
        <translation>✓ %1: fertig in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ %1 failed: %2</source>
        <translation>✗ %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ %1 failed at “%2”: %3</source>
        <translation>✗ %1 fehlgeschlagen bei „%2“: %3</translation>
    </message>
</context>
<context>
    <name>sloop::awsapi::AwsEndpoint</name>
    <message>
        <location filename="../core/awsapi/awsendpoint.cpp" line="+52"/>
        <source>Cannot serve the AWS-compatible endpoint on 127.0.0.1:%1: %2</source>
        <translation>Der AWS-kompatible Endpunkt kann nicht auf 127.0.0.1:%1 bereitgestellt werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The AWS-compatible endpoint is not serving.</source>
        <translation>Der AWS-kompatible Endpunkt ist nicht aktiv.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1&apos;s credentials may not call %2.</source>
        <translation>Die Zugangsdaten von %1 dürfen %2 nicht aufrufen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No WebSocket API is served.</source>
        <translation>Es wird keine WebSocket-API bereitgestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sloop&apos;s endpoint has no %1.</source>
        <translation>Der Endpunkt von Sloop hat keinen Pfad %1.</translation>
    </message>
</context>
<context>
    <name>sloop::containers::ContainerInventory</name>
    <message>
        <location filename="../core/containers/containerinventory.cpp" line="+116"/>
        <source>The engine closed its event stream.</source>
        <translation>Die Engine hat ihren Ereignisstrom geschlossen.</translation>
    </message>
</context>
<context>
    <name>sloop::containers::ContainerLauncher</name>
    <message>
        <location filename="../core/containers/containerlauncher.cpp" line="+48"/>
        <source>The engine is gone.</source>
        <translation>Die Engine ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating a container from %1…</source>
        <translation>Container wird aus %1 erstellt …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulling %1…</source>
        <translation>%1 wird geholt …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pulling %1: %2</source>
        <translation>%1 wird geholt: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot pull %1: %2</source>
        <translation>%1 kann nicht geholt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created container %1 but could not start it: %2</source>
        <translation>Container %1 erstellt, aber er konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>sloop::containerservices::ContainerEndpoints</name>
    <message>
        <location filename="../core/containerservices/containerendpoints.cpp" line="+146"/>
        <source>Cannot serve %1&apos;s endpoint on port %2: %3</source>
        <translation>Der Endpunkt von %1 kann nicht auf Port %2 ausgeliefert werden: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Engine %1 of container service %2 is not known here.</source>
        <translation>Engine %1 von Containerdienst %2 ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container service %1 has no running copy to answer.</source>
        <translation>Containerdienst %1 hat keine laufende Kopie, die antworten könnte.</translation>
    </message>
</context>
<context>
    <name>sloop::engine::DockerWorker</name>
    <message>
        <location filename="../core/engine/dockerworker.cpp" line="+45"/>
        <source>The engine&apos;s answer is larger than 512 MiB; refusing it.</source>
        <translation>Die Antwort der Engine ist größer als 512 MiB; sie wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The engine answered /_ping with HTTP %1: %2</source>
        <translation>Die Engine antwortete auf /_ping mit HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This engine speaks Docker API %1, which is too old: Sloop needs %2 or newer. Upgrade the engine (Debian 12&apos;s docker.io speaks 1.41).</source>
        <translation>Diese Engine spricht Docker-API %1, und die ist zu alt: Sloop braucht %2 oder neuer. Die Engine muss aktualisiert werden (docker.io aus Debian 12 spricht 1.41).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (stream opened)</source>
        <translation> (Stream geöffnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sloop::engine::LogFollower</name>
    <message>
        <location filename="../core/engine/logfollower.cpp" line="+72"/>
        <source>The log stream was cut in the middle of a frame; the last line may be incomplete.</source>
        <translation>Der Log-Stream brach mitten in einem Frame ab; die letzte Zeile ist möglicherweise unvollständig.</translation>
    </message>
</context>
<context>
    <name>sloop::functions::AsyncDispatcher</name>
    <message>
        <location filename="../core/functions/asyncdispatcher.cpp" line="+134"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sloop::gateway::AuthorizerRunner</name>
    <message>
        <location filename="../core/gateway/authorizerrunner.cpp" line="+84"/>
        <source>The key set %1 cannot be read: %2</source>
        <translation>Der Schlüsselsatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key set %1 is not usable: %2</source>
        <translation>Der Schlüsselsatz %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The JWT authorizer %1 refused the token: %2</source>
        <translation>Der JWT-Autorisierer %1 hat das Token abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token has none of the route&apos;s scopes (%1).</source>
        <translation>Das Token hat keinen der Scopes der Route (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The authorizer denied %1.</source>
        <translation>Der Autorisierer hat %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The route&apos;s authorizer &quot;%1&quot; does not exist.</source>
        <translation>Der Autorisierer „%1“ der Route existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request has no %1.</source>
        <translation>Der Anfrage fehlt %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Functions are not available here.</source>
        <translation>Funktionen sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The authorizer %1 could not run: %2</source>
        <translation>Der Autorisierer %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authorizer %1 answered Unauthorized.</source>
        <translation>Der Autorisierer %1 hat mit Unauthorized geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorizer %1 failed: %2</source>
        <translation>Der Autorisierer %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sloop::gateway::Gateway</name>
    <message>
        <location filename="../core/gateway/gateway.cpp" line="+228"/>
        <source>Cannot serve API %1 on %2:%3: %4</source>
        <translation>API %1 kann nicht unter %2:%3 ausgeliefert werden: %4</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The API was removed.</source>
        <translation>Die API wurde entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>No stage at %1.</source>
        <translation>Keine Stufe unter %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A WebSocket API takes WebSocket clients.</source>
        <translation>Eine WebSocket-API nimmt nur WebSocket-Clients an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stage has no deployment.</source>
        <translation>Die Stufe hat keine Bereitstellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>No route matches.</source>
        <translation>Keine Route passt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The route needs an API key (x-api-key).</source>
        <translation>Die Route braucht einen API-Schlüssel (x-api-key).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is not valid for this stage.</source>
        <translation>Der API-Schlüssel ist für diese Stufe nicht gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key&apos;s usage plan throttled it.</source>
        <translation>Der Nutzungsplan des Schlüssels hat ihn gedrosselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key&apos;s quota for the period is spent.</source>
        <translation>Das Kontingent des Schlüssels für den Zeitraum ist aufgebraucht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stage&apos;s throttle.</source>
        <translation>Die Drosselung der Stufe.</translation>
    </message>
</context>
<context>
    <name>sloop::gateway::IntegrationRunner</name>
    <message>
        <location filename="../core/gateway/integrationrunner.cpp" line="+105"/>
        <source>The integration (%1) did not answer within %2 ms.</source>
        <translation>Die Integration (%1) hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Functions are not available here.</source>
        <translation>Funktionen sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The function %1 failed: %2</source>
        <translation>Die Funktion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>sloop::gateway::WebSocketApis</name>
    <message>
        <location filename="../core/gateway/websocketapi.cpp" line="+277"/>
        <source>$connect refused the client (%1).</source>
        <translation>$connect hat den Client abgewiesen (%1).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No route takes the message, and there is no $default.</source>
        <translation>Keine Route nimmt die Nachricht an, und es gibt kein $default.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The route&apos;s function failed.</source>
        <translation>Die Funktion der Route ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sloop::http::HttpRequestParser</name>
    <message>
        <location filename="../core/http/httprequestparser.cpp" line="+137"/>
        <source>The request line is longer than %1 bytes.</source>
        <translation>Die Anfragezeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Die Header der Anfrage sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request line is malformed.</source>
        <translation>Die Anfragezeile ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request&apos;s method is not a token.</source>
        <translation>Die Methode der Anfrage ist kein Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has no target.</source>
        <translation>Die Anfrage hat kein Ziel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request target holds a character that must be percent-encoded.</source>
        <translation>Das Ziel der Anfrage enthält ein Zeichen, das prozentkodiert sein muss.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request target is neither a path nor a URL.</source>
        <translation>Das Ziel der Anfrage ist weder ein Pfad noch eine URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request line does not end in an HTTP version.</source>
        <translation>Die Anfragezeile endet nicht mit einer HTTP-Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden bedient.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request has a bare CR or LF in its head.</source>
        <translation>Der Kopf der Anfrage enthält ein einzelnes CR oder LF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request folds a header over lines (obsolete and refused).</source>
        <translation>Die Anfrage verteilt einen Header über mehrere Zeilen (veraltet und abgelehnt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request has a malformed header line.</source>
        <translation>Die Anfrage hat eine fehlerhafte Header-Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A header value holds a control character.</source>
        <translation>Ein Header-Wert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request has more than %1 headers.</source>
        <translation>Die Anfrage hat mehr als %1 Header.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage hat sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP/1.0 has no Transfer-Encoding.</source>
        <translation>HTTP/1.0 kennt kein Transfer-Encoding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chunked transfer coding is served.</source>
        <translation>Nur die Transfer-Kodierung chunked wird bedient.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request has conflicting Content-Length values.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The request&apos;s Content-Length is not a number.</source>
        <translation>Die Content-Length der Anfrage ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>The request&apos;s body is larger than %1 bytes.</source>
        <translation>Der Body der Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The request expects &quot;%1&quot;, which is not served.</source>
        <translation>Die Anfrage erwartet „%1“, was nicht bedient wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request&apos;s trailer is larger than %1 bytes.</source>
        <translation>Der Trailer der Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chunk-size line is longer than %1 bytes.</source>
        <translation>Eine Zeile mit einer Chunk-Größe ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chunk is longer than its size says.</source>
        <translation>Ein Chunk ist länger als seine angegebene Größe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has a malformed trailer line.</source>
        <translation>Die Anfrage hat eine fehlerhafte Trailer-Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation>Eine Chunk-Größe ist keine Hexadezimalzahl.</translation>
    </message>
</context>
<context>
    <name>sloop::http::HttpServer</name>
    <message>
        <location filename="../core/http/httpserver.cpp" line="+159"/>
        <source>Too many connections; try again.</source>
        <translation>Zu viele Verbindungen; später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request did not arrive in time.</source>
        <translation>Die Anfrage kam nicht rechtzeitig an.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The request failed inside Sloop.</source>
        <translation>Die Anfrage ist innerhalb von Sloop fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sloop::instances::CreationFlow</name>
    <message>
        <location filename="../core/instances/creationflow.cpp" line="+45"/>
        <source>Create the container from %1</source>
        <translation>Den Container aus %1 erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the container</source>
        <translation>Den Container starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for SSH</source>
        <translation>Auf SSH warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to %1 over SSH</source>
        <translation>Über SSH mit %1 verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health check (none in this blueprint)</source>
        <translation>Gesundheitsprüfung (keine in dieser Vorlage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check: %1</source>
        <translation>Gesundheitsprüfung: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>There is no engine named %1.</source>
        <translation>Es gibt keine Engine namens %1.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>image %1, %2 vCPU, %3 MiB memory, at most %4 processes
</source>
        <translation>Image %1, %2 vCPU, %3 MiB Speicher, höchstens %4 Prozesse
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>port %1/%2 published on %3:%4
</source>
        <translation>Port %1/%2 veröffentlicht auf %3:%4
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>host key %1 %2 read through the engine and trusted for %3
</source>
        <translation>Host-Schlüssel %1 %2 über die Engine gelesen und für %3 als vertrauenswürdig eingetragen
</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no SSH host named %1.</source>
        <translation>Es gibt keinen SSH-Host namens %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>logged in as %1 at %2
</source>
        <translation>angemeldet als %1 auf %2
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no apt-get: Sloop applies blueprints on Debian and Ubuntu servers.</source>
        <translation>%1 hat kein apt-get: Sloop wendet Vorlagen auf Debian- und Ubuntu-Servern an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 logs in as %2, who is not root and has no passwordless sudo (sudo -n true failed). Blueprints install packages as root.</source>
        <translation>%1 meldet sich als %2 an, der nicht root ist und kein sudo ohne Passwort hat (sudo -n true schlug fehl). Vorlagen installieren Pakete als root.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>checking %1
</source>
        <translation>%1 wird geprüft
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attempt %1: %2
</source>
        <translation>Versuch %1: %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>healthy: %1
</source>
        <translation>gesund: %1
</translation>
    </message>
</context>
<context>
    <name>sloop::instances::HealthProbe</name>
    <message>
        <location filename="../core/instances/healthprobe.cpp" line="+27"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No health check: running counts as healthy.</source>
        <translation>Keine Gesundheitsprüfung: Was läuft, gilt als gesund.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port %1 accepts connections</source>
        <translation>Port %1 nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no SSH session to run the check on</source>
        <translation>keine SSH-Sitzung, auf der die Prüfung laufen kann</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not answer within %2 s; last answer: %3</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; letzte Antwort: %3</translation>
    </message>
    <message>
        <location filename="../core/instances/healthtarget.cpp" line="+37"/>
        <source>The health check asks port %1, which the firewall does not publish. Open it on the Networking tab.</source>
        <translation>Die Gesundheitsprüfung fragt Port %1 ab, den die Firewall nicht veröffentlicht. Öffnen Sie ihn auf dem Tab „Netzwerk“.</translation>
    </message>
</context>
<context>
    <name>sloop::instances::InstanceService</name>
    <message>
        <location filename="../core/instances/instancelifecycle.cpp" line="+36"/>
        <location filename="../core/instances/instanceservice.cpp" line="+296"/>
        <source>The blueprint %1 or plan %2 of %3 is no longer in the catalogue.</source>
        <translation>Die Vorlage %1 oder der Tarif %2 von %3 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+151"/>
        <location filename="../core/instances/instanceservice.cpp" line="-10"/>
        <location line="+112"/>
        <location filename="../core/instances/instancesnapshots.cpp" line="+63"/>
        <source>There is no instance named %1.</source>
        <translation>Es gibt keine Instanz namens %1.</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+149"/>
        <location filename="../core/instances/instanceservice.cpp" line="-109"/>
        <location filename="../core/instances/instancesnapshots.cpp" line="+4"/>
        <source>%1 is busy: %2 is running.</source>
        <translation>%1 ist beschäftigt: %2 läuft.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>%1 is a whole server: it is started and stopped where it runs. Sloop can reboot it.</source>
        <translation>%1 ist ein ganzer Server: Er wird dort gestartet und gestoppt, wo er läuft. Sloop kann ihn neu starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+181"/>
        <source>The engine %1 of %2 is not available.</source>
        <translation>Die Engine %1 von %2 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Stop the container (services and sshd end cleanly)</source>
        <translation>Den Container stoppen (Dienste und sshd enden sauber)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restart the container</source>
        <translation>Den Container neu starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reboot the server</source>
        <translation>Den Server neu starten</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+90"/>
        <location filename="../core/instances/instancesnapshots.cpp" line="+58"/>
        <location line="+86"/>
        <source>There is no SSH host named %1.</source>
        <translation>Es gibt keinen SSH-Host namens %1.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Remove the container %1</source>
        <translation>Den Container %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the instance (the server stays as it is)</source>
        <translation>Die Instanz vergessen (der Server bleibt, wie er ist)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>login host record and known_hosts entry removed
</source>
        <translation>Host-Eintrag für die Anmeldung und known_hosts-Eintrag entfernt
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Load the nftables rules</source>
        <translation>Die nftables-Regeln laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re-make the container with the new published ports (its files are kept)</source>
        <translation>Den Container mit den neuen veröffentlichten Ports neu erstellen (seine Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1/%2 published on %3
</source>
        <translation>Port %1/%2 veröffentlicht auf %3
</translation>
    </message>
    <message>
        <location filename="../core/instances/instanceservice.cpp" line="-170"/>
        <source>&quot;%1&quot; cannot be an instance name: use a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, at most 64.</source>
        <translation>„%1“ kann kein Instanzname sein: einen Buchstaben oder eine Ziffer, dann Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; verwenden, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is an instance named %1 already.</source>
        <translation>Es gibt bereits eine Instanz namens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is an SSH host named %1 already; the instance would log in under that name. Pick another.</source>
        <translation>Es gibt bereits einen SSH-Host namens %1; die Instanz würde sich unter diesem Namen anmelden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make between 1 and %1 instances at once.</source>
        <translation>Erstellen Sie zwischen 1 und %1 Instanzen auf einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no blueprint %1 (see `sloop blueprints ls`).</source>
        <translation>Es gibt keine Vorlage %1 (siehe `sloop blueprints ls`).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no plan %1 (see `sloop plans ls`).</source>
        <translation>Es gibt keinen Tarif %1 (siehe `sloop plans ls`).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs at least the %2 plan (%3 MiB memory); %4 has %5 MiB.</source>
        <translation>%1 braucht mindestens den Tarif %2 (%3 MiB Speicher); %4 hat %5 MiB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; cannot be a tag: use letters, digits and _.:=+@/- only.</source>
        <translation>„%1“ kann kein Tag sein: nur Buchstaben, Ziffern und _.:=+@/- verwenden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no engine named %1.</source>
        <translation>Es gibt keine Engine namens %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs an Ubuntu image; give one, e.g. ubuntu:24.04 (the engine must have it or be able to pull it).</source>
        <translation>%1 braucht ein Ubuntu-Image; geben Sie eines an, z. B. ubuntu:24.04 (die Engine muss es haben oder holen können).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A whole server is one instance: count must be 1.</source>
        <translation>Ein ganzer Server ist eine einzige Instanz: Die Anzahl muss 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no store</source>
        <translation>kein Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no SSH host named %1 (add it on the Hosts page or with `sloop hosts add`).</source>
        <translation>Es gibt keinen SSH-Host namens %1 (fügen Sie ihn auf der Seite „Hosts“ oder mit `sloop hosts add` hinzu).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already the server of instance %2.</source>
        <translation>%1 ist bereits der Server der Instanz %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 has not failed; there is nothing to retry.</source>
        <translation>%1 ist nicht fehlgeschlagen; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/instances/instancesnapshots.cpp" line="-140"/>
        <source>There is a snapshot named %1 already.</source>
        <translation>Es gibt bereits einen Snapshot namens %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+252"/>
        <source>The engine %1 is not available.</source>
        <translation>Die Engine %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Commit the container as %1</source>
        <translation>Den Container als %1 committen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>image %1
</source>
        <translation>Image %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the folders to keep in a server snapshot (e.g. /etc /var/www).</source>
        <translation>Geben Sie die Ordner an, die ein Server-Snapshot sichern soll (z. B. /etc /var/www).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: give absolute folders below /.</source>
        <translation>„%1“: absolute Ordner unterhalb von / angeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pack %1 on the server</source>
        <translation>%1 auf dem Server packen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the archive here over SFTP</source>
        <translation>Das Archiv über SFTP hierher kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+96"/>
        <source>tar failed: %1</source>
        <translation>tar ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 bytes in %2
</source>
        <translation>%1 Bytes in %2
</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+120"/>
        <source>There is no snapshot named %1.</source>
        <translation>Es gibt keinen Snapshot namens %1.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>There is no instance named %1 to restore onto.</source>
        <translation>Es gibt keine Instanz namens %1, auf die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy.</source>
        <translation>%1 ist beschäftigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy %1 to the server</source>
        <translation>%1 auf den Server kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack it into /</source>
        <translation>Es nach / entpacken</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The blueprint %1 or plan %2 of the snapshot is no longer in the catalogue.</source>
        <translation>Die Vorlage %1 oder der Tarif %2 des Snapshots ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine %1 holding the snapshot is not available.</source>
        <translation>Die Engine %1, auf der der Snapshot liegt, ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>restored from %1</source>
        <translation>wiederhergestellt aus %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the snapshot %1</source>
        <translation>Den Snapshot %1 löschen</translation>
    </message>
</context>
<context>
    <name>sloop::instances::Provisioner</name>
    <message>
        <location filename="../core/instances/provisioner.cpp" line="+44"/>
        <source>Cancelled during step %1.</source>
        <translation>Abgebrochen während Schritt %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SSH session is gone.</source>
        <translation>Die SSH-Sitzung besteht nicht mehr.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 (%2) ended without an exit status (killed).</source>
        <translation>Schritt %1 (%2) endete ohne Exit-Status (per Signal beendet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 (%2) failed with exit status %3.</source>
        <translation>Schritt %1 (%2) ist mit Exit-Status %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1 (%2) could not finish: %3</source>
        <translation>Schritt %1 (%2) konnte nicht abgeschlossen werden: %3</translation>
    </message>
</context>
<context>
    <name>sloop::instances::SystemContainers</name>
    <message>
        <location filename="../core/instances/systemcontainer.cpp" line="+105"/>
        <source>&quot;%1&quot; cannot be a container name: use 2 to 63 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>„%1“ kann kein Containername sein: 2 bis 63 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; cannot be a host name: use letters, digits and &apos;-&apos; (dots between parts), at most 63 characters.</source>
        <translation>„%1“ kann kein Hostname sein: Buchstaben, Ziffern und &apos;-&apos; verwenden (Punkte zwischen den Teilen), höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SSH key is not one OpenSSH public key line (&quot;ssh-ed25519 AAAA... comment&quot;).</source>
        <translation>Der SSH-Schlüssel ist keine einzelne Zeile mit einem öffentlichen OpenSSH-Schlüssel („ssh-ed25519 AAAA... Kommentar“).</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+30"/>
        <location line="+73"/>
        <location line="+32"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+23"/>
        <location filename="../core/instances/systemcontainerrecreate.cpp" line="+42"/>
        <source>The engine connection is closed.</source>
        <translation>Die Verbindung zur Engine ist geschlossen.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&quot;%1&quot; is not an image name.</source>
        <translation>„%1“ ist kein Image-Name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU, memory (at least 6 MiB) and process limits must be positive, or 0 for none.</source>
        <translation>CPU-, Speicher- (mindestens 6 MiB) und Prozesslimits müssen positiv sein, oder 0 für keins.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label &quot;%1&quot; is Sloop&apos;s own; choose another name.</source>
        <translation>Das Label „%1“ gehört Sloop selbst; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A container named %1 already exists on %2.</source>
        <translation>Auf %2 gibt es bereits einen Container namens %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan has %1 vCPUs but %2 has %3 CPUs: the instance may use all %3.</source>
        <translation>Der Tarif hat %1 vCPUs, aber %2 hat %3 CPUs: Die Instanz kann alle %3 nutzen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The instance made no SSH host key within %1 s; its log (the container&apos;s output) says why.</source>
        <translation>Die Instanz hat innerhalb von %1 s keinen SSH-Host-Schlüssel erzeugt; ihr Log (die Ausgabe des Containers) nennt den Grund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the instance&apos;s host key failed: %1</source>
        <translation>Das Lesen des Host-Schlüssels der Instanz ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instance&apos;s host key file is not a key line.</source>
        <translation>Die Host-Schlüssel-Datei der Instanz enthält keine Schlüsselzeile.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Snapshot made by Sloop</source>
        <translation>Von Sloop erstellter Snapshot</translation>
    </message>
    <message>
        <location filename="../core/instances/systemcontainerrecreate.cpp" line="+25"/>
        <source>%1 is not a system container Sloop made.</source>
        <translation>%1 ist kein von Sloop erstellter System-Container.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Made by Sloop to publish other ports</source>
        <translation>Von Sloop erstellt, um andere Ports zu veröffentlichen</translation>
    </message>
</context>
<context>
    <name>sloop::metrics::HostFrameParser</name>
    <message>
        <location filename="../core/metrics/hostframeparser.cpp" line="+86"/>
        <source>a line longer than 64 KiB</source>
        <translation>eine Zeile länger als 64 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sampler sent a line longer than 64 KiB; it was dropped.</source>
        <translation>Das Messskript hat eine Zeile länger als 64 KiB gesendet; sie wurde verworfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n line(s) outside a frame ignored (not the sampler&apos;s output).</source>
        <translation>
            <numerusform>%n Zeile außerhalb eines Frames ignoriert (keine Ausgabe des Messskripts).</numerusform>
            <numerusform>%n Zeilen außerhalb eines Frames ignoriert (keine Ausgabe des Messskripts).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Frame %1 dropped: %2.</source>
        <translation>Frame %1 verworfen: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+58"/>
        <source>cut short (no end line)</source>
        <translation>abgeschnitten (keine Endzeile)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>more than %1 lines</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a df line that does not read: &quot;%1&quot;</source>
        <translation>eine df-Zeile, die sich nicht lesen lässt: „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a process count that is not one</source>
        <translation>eine ungültige Prozessanzahl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a line that does not read: &quot;%1&quot;</source>
        <translation>eine Zeile, die sich nicht lesen lässt: „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected line: &quot;%1&quot;</source>
        <translation>eine unerwartete Zeile: „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A frame header that this Sloop does not read: &quot;%1&quot;.</source>
        <translation>Ein Frame-Kopf, den diese Sloop-Version nicht lesen kann: „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its end line does not match</source>
        <translation>seine Endzeile passt nicht</translation>
    </message>
</context>
<context>
    <name>sloop::metrics::HostSampler</name>
    <message>
        <location filename="../core/metrics/hostsampler.cpp" line="+28"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host&apos;s session is gone.</source>
        <translation>Die Sitzung zum Host besteht nicht mehr.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sampler on the host ended (exit status %1).</source>
        <translation>Das Messskript auf dem Host wurde beendet (Exit-Status %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampler on the host ended (exit status %1): %2</source>
        <translation>Das Messskript auf dem Host wurde beendet (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No numbers from the host for %1 seconds.</source>
        <translation>Seit %1 Sekunden keine Messwerte vom Host.</translation>
    </message>
</context>
<context>
    <name>sloop::metrics::MetricsCollector</name>
    <message>
        <location filename="../core/metrics/metricscollector.cpp" line="+176"/>
        <source>%1 is not being collected.</source>
        <translation>%1 wird nicht erfasst.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no instance named %1.</source>
        <translation>Es gibt keine Instanz namens %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The blueprint %1 is no longer in the catalogue.</source>
        <translation>Die Vorlage %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n metric point(s)</source>
        <translation>
            <numerusform>%n Metrikpunkt</numerusform>
            <numerusform>%n Metrikpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>metric compaction</source>
        <translation>Verdichten der Metriken</translation>
    </message>
</context>
<context>
    <name>sloop::metrics::StatusChecker</name>
    <message>
        <location filename="../core/metrics/statuschecker.cpp" line="+100"/>
        <source>Health check: %1</source>
        <translation>Gesundheitsprüfung: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1:%2 answers, but not with SSH.</source>
        <translation>%1:%2 antwortet, aber nicht mit SSH.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The health check did not answer within %1 ms.</source>
        <translation>Die Gesundheitsprüfung hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 sent no SSH banner within %3 ms.</source>
        <translation>%1:%2 hat innerhalb von %3 ms kein SSH-Banner gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from %1:%2 within %3 ms.</source>
        <translation>Keine Antwort von %1:%2 innerhalb von %3 ms.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The health check failed.</source>
        <translation>Die Gesundheitsprüfung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sloop::metrics::Target</name>
    <message>
        <location filename="../core/metrics/metricpoint.cpp" line="+40"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, stage %2</source>
        <translation>%1, Stufe %2</translation>
    </message>
</context>
<context>
    <name>sloop::models::AlarmListModel</name>
    <message>
        <location filename="../models/alarms/alarmlistmodel.cpp" line="+74"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>sloop::models::ApiListModel</name>
    <message>
        <location filename="../models/gateway/apilistmodel.cpp" line="+29"/>
        <source>Not served now: the window or &quot;sloop serve&quot; that owns the data folder serves APIs, and the port must be free.</source>
        <translation>Derzeit nicht ausgeliefert: Das Fenster oder „sloop serve“, das den Datenordner besitzt, liefert APIs aus, und der Port muss frei sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>sloop::models::BatchJobModel</name>
    <message>
        <location filename="../models/batch/batchjobmodel.cpp" line="+17"/>
        <location line="+209"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runnable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Array of %1: %2</source>
        <translation>Array mit %1 Kind-Jobs: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
</context>
<context>
    <name>sloop::models::CommandLogModel</name>
    <message>
        <location filename="../models/commandlog/commandlogmodel.cpp" line="+71"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2 on %3
%4 ms: %5</source>
        <translation>%1
%2 auf %3
%4 ms: %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>sloop::models::ContainerListModel</name>
    <message numerus="yes">
        <location filename="../models/containers/containerlistmodel.cpp" line="+399"/>
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 von %n in Betrieb</numerusform>
            <numerusform>%1 von %n in Betrieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="-343"/>
        <location line="+345"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly running</source>
        <translation>läuft teilweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compose project &quot;%1&quot;</source>
        <translation>Compose-Projekt „%1“</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1
id %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 (page cache not counted, as in docker stats)</source>
        <translation>%1 von %2 (ohne Seiten-Cache, wie bei docker stats)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>sloop::models::FunctionListModel</name>
    <message>
        <location filename="../models/functions/functionlistmodel.cpp" line="+25"/>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom runtime</source>
        <translation>Eigene Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not today</source>
        <translation>heute nicht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>On Lambda this month (list price, x86): %1. Here, its share of the machine&apos;s stated cost: %2.</source>
        <translation>Bei Lambda in diesem Monat (Listenpreis, x86): %1. Hier ihr Anteil an den angegebenen Kosten des Rechners: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Lambda this month (list price, x86): %1. State what the machine costs on the Pricing page to see its share here.</source>
        <translation>Bei Lambda in diesem Monat (Listenpreis, x86): %1. Geben Sie auf der Seite „Preise“ an, was der Rechner kostet, um hier ihren Anteil zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invocations today</source>
        <translation>Aufrufe heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors today</source>
        <translation>Fehler heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 duration</source>
        <translation>p95-Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last invoked</source>
        <translation>Zuletzt aufgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lambda cost (month)</source>
        <translation>Lambda-Kosten (Monat)</translation>
    </message>
</context>
<context>
    <name>sloop::models::HostListModel</name>
    <message>
        <location filename="../models/hosts/hostlistmodel.cpp" line="+124"/>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet in this session</source>
        <translation>In dieser Sitzung noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>sloop::models::ImageListModel</name>
    <message>
        <location filename="../models/engine/imagelistmodel.cpp" line="+24"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;keins&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine did not count the containers.</source>
        <translation>Die Engine hat die Container nicht gezählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers using this image: %1</source>
        <translation>Container, die dieses Image nutzen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Repository:tag</source>
        <translation>Repository:Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>sloop::models::InstanceListModel</name>
    <message>
        <location filename="../models/instances/instancelistmodel.cpp" line="+114"/>
        <source>%1 (%2…)</source>
        <translation>%1 (%2 …)</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%1 · %n vCPU · %2 memory · %3 SSD</source>
        <translation>
            <numerusform>%1 · %n vCPU · %2 Speicher · %3 SSD</numerusform>
            <numerusform>%1 · %n vCPU · %2 Speicher · %3 SSD</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1
Tags: %2</source>
        <translation>%1
Tags: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed at: %1
%2</source>
        <translation>Fehlgeschlagen bei: %1
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan %1 is not in the catalogue.</source>
        <translation>Der Tarif %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH: %1</source>
        <translation>SSH: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the same plan costs on Amazon Lightsail; Sloop&apos;s estimate of its share of %1: %2</source>
        <translation>Was derselbe Tarif bei Amazon Lightsail kostet; Schätzung von Sloop für den Anteil der Instanz an %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the same plan costs on Amazon Lightsail</source>
        <translation>Was derselbe Tarif bei Amazon Lightsail kostet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This instance&apos;s share of what %1 costs you, by memory</source>
        <translation>Anteil dieser Instanz an dem, was %1 Sie kostet, nach Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cost stated for %1: set one with sloop costs set %1 AMOUNT</source>
        <translation>Keine Kosten für %1 angegeben: Legen Sie sie mit sloop costs set %1 BETRAG fest</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What the same plan costs a month on Amazon Lightsail</source>
        <translation>Was derselbe Tarif im Monat bei Amazon Lightsail kostet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blueprint</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sloop estimate</source>
        <translation>Schätzung von Sloop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>sloop::models::NetworkListModel</name>
    <message>
        <location filename="../models/engine/networklistmodel.cpp" line="+44"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal: containers here cannot reach outside.</source>
        <translation>Intern: Container hier erreichen nichts außerhalb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers here can reach outside networks.</source>
        <translation>Container hier erreichen äußere Netzwerke.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>sloop::models::NodeListModel</name>
    <message>
        <location filename="../models/swarm/nodelistmodel.cpp" line="+38"/>
        <source>Manager (leader)</source>
        <translation>Manager (Leader)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 vCPU, %2</source>
        <translation>%1 vCPU, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drained: its tasks moved to other nodes and none start here.</source>
        <translation>Geleert: Seine Tasks wurden auf andere Knoten verlagert, und hier startet keiner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: its tasks keep running; no new ones start here.</source>
        <translation>Pausiert: Seine Tasks laufen weiter; hier starten keine neuen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: Swarm places tasks here.</source>
        <translation>Aktiv: Swarm platziert hier Tasks.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>sloop::models::RemoteFileModel</name>
    <message>
        <location filename="../models/hosts/remotefilemodel.cpp" line="+100"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
</context>
<context>
    <name>sloop::models::ServiceListModel</name>
    <message>
        <location filename="../models/swarm/servicelistmodel.cpp" line="+48"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replicated</source>
        <translation>Repliziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer tasks run than the service wants: see its tasks below.</source>
        <translation>Es laufen weniger Tasks, als der Dienst verlangt: Seine Tasks stehen unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every task the service wants is running.</source>
        <translation>Alle Tasks, die der Dienst verlangt, laufen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks running</source>
        <translation>Laufende Tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>sloop::models::TagModel</name>
    <message>
        <location filename="../models/registry/tagmodel.cpp" line="+39"/>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>sloop::models::TargetOverviewModel</name>
    <message>
        <location filename="../models/metrics/targetoverviewmodel.cpp" line="+106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insufficient data</source>
        <translation>Unzureichende Daten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, CPU %3, memory %4, %5</source>
        <translation>%1, %2, CPU %3, Speicher %4, %5</translation>
    </message>
</context>
<context>
    <name>sloop::models::TaskListModel</name>
    <message>
        <location filename="../models/swarm/tasklistmodel.cpp" line="+46"/>
        <source>Task %1
Container %2
Image %3</source>
        <translation>Task %1
Container %2
Image %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>sloop::models::VolumeListModel</name>
    <message>
        <location filename="../models/engine/volumelistmodel.cpp" line="+51"/>
        <source>The engine did not say when this volume was created.</source>
        <translation>Die Engine hat nicht gesagt, wann dieses Volume erstellt wurde.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>sloop::models::text</name>
    <message>
        <location filename="../models/common/displaytext.cpp" line="+73"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>1 minute ago</source>
        <comment>%n minutes ago</comment>
        <translation>
            <numerusform>vor einer Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>1 hour ago</source>
        <comment>%n hours ago</comment>
        <translation>
            <numerusform>vor einer Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>1 day ago</source>
        <comment>%n days ago</comment>
        <translation>
            <numerusform>vor einem Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>1 month ago</source>
        <comment>%n months ago</comment>
        <translation>
            <numerusform>vor einem Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>1 year ago</source>
        <comment>%n years ago</comment>
        <translation>
            <numerusform>vor einem Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sloop::ssh::SftpTransfer</name>
    <message>
        <location filename="../core/ssh/sftptransfer.cpp" line="+54"/>
        <location line="+17"/>
        <source>The host&apos;s session is closed.</source>
        <translation>Die Sitzung zum Host ist geschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sloop::ssh::SshSession</name>
    <message>
        <location filename="../core/ssh/sshsession.h" line="+173"/>
        <source>Cancelled before it ran on %1.</source>
        <translation>Abgebrochen, bevor der Aufruf auf %1 lief.</translation>
    </message>
    <message>
        <location filename="../core/ssh/sshsession.cpp" line="+44"/>
        <source>The session to %1 was closed.</source>
        <translation>Die Sitzung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>streaming</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>socket connection</source>
        <translation>Socket-Verbindung</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>connected; trusted new host key %1 %2</source>
        <translation>verbunden; neuem Host-Schlüssel %1 %2 vertraut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected (%1)</source>
        <translation>verbunden (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>forgot %n host key(s)</source>
        <translation>
            <numerusform>%n Host-Schlüssel vergessen</numerusform>
            <numerusform>%n Host-Schlüssel vergessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sloop::ssh::SshSocketForward</name>
    <message>
        <location filename="../core/ssh/sshsocketforward.cpp" line="+35"/>
        <source>The forward already listens on %1.</source>
        <translation>Die Weiterleitung lauscht bereits auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH session is gone.</source>
        <translation>Die SSH-Sitzung besteht nicht mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>sloop::ssh::detail::ChannelPump</name>
    <message>
        <location filename="../core/ssh/sshchannelpump.cpp" line="+58"/>
        <source>connection to %1 closed</source>
        <translation>Verbindung zu %1 geschlossen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 did not open a connection to %2</source>
        <translation>%1 hat keine Verbindung zu %2 geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not open a channel</source>
        <translation>%1 hat keinen Kanal geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not start a shell</source>
        <translation>%1 hat keine Shell gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not start the command</source>
        <translation>%1 hat den Befehl nicht gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a channel to %1</source>
        <translation>Es kann kein Kanal zu %1 erstellt werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The channel to %1 failed: %2</source>
        <translation>Der Kanal zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>reconnecting to %1 in %2 s</source>
        <translation>neue Verbindung zu %1 in %2 s</translation>
    </message>
</context>
<context>
    <name>sloop::terminal::DockerExecBackend</name>
    <message>
        <location filename="../core/terminal/dockerexecbackend.cpp" line="+56"/>
        <source>No engine is connected.</source>
        <translation>Keine Engine verbunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not start a shell in %1: %2</source>
        <translation>In %1 konnte keine Shell gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine connection was closed.</source>
        <translation>Die Verbindung zur Engine wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shell in %1 ended: %2</source>
        <translation>Die Shell in %1 wurde beendet: %2</translation>
    </message>
</context>
<context>
    <name>sloop::terminal::SshShellBackend</name>
    <message>
        <location filename="../core/terminal/sshshellbackend.cpp" line="+24"/>
        <source>the shell on %1 ended with status %2</source>
        <translation>die Shell auf %1 endete mit Status %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AddFolderTriggerDialog</name>
    <message>
        <location filename="../widgets/functions/addfoldertriggerdialog.cpp" line="+30"/>
        <source>Objects created (ObjectCreated:Put)</source>
        <translation>Objekte erstellt (ObjectCreated:Put)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects removed (ObjectRemoved:Delete)</source>
        <translation>Objekte entfernt (ObjectRemoved:Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add folder trigger for %1</source>
        <translation>Ordner-Auslöser für %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder bucket is a folder on this machine served as an S3 bucket. Files put in it (with aws s3 cp, or copied into the folder) send S3&apos;s event records to %1.</source>
        <translation>Ein Ordner-Bucket ist ein Ordner auf diesem Rechner, der als S3-Bucket bereitgestellt wird. Dateien, die darin abgelegt werden (mit aws s3 cp oder durch Kopieren in den Ordner), senden die Ereignisdatensätze von S3 an %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bucket…</source>
        <translation>Neuer Bucket …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New bucket&apos;s name</source>
        <translation>Name des neuen Buckets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New bucket&apos;s folder</source>
        <translation>Ordner des neuen Buckets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of the bucket</source>
        <translation>Ordner des Buckets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploads/ (empty: every key)</source>
        <translation>uploads/ (leer: jeder Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key suffix</source>
        <translation>Schlüsselsuffix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.jpg (empty: every key)</source>
        <translation>.jpg (leer: jeder Schlüssel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suffix:</source>
        <translation>&amp;Suffix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;trigger</source>
        <translation>Auslöser &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Name the new bucket.</source>
        <translation>Geben Sie dem neuen Bucket einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder the bucket serves (an absolute path).</source>
        <translation>Wählen Sie den Ordner, den der Bucket bereitstellt (einen absoluten Pfad).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the events: objects created, removed, or both.</source>
        <translation>Wählen Sie die Ereignisse: Objekte erstellt, entfernt oder beides.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AddRouteDialog</name>
    <message>
        <location filename="../widgets/gateway/addroutedialog.cpp" line="+44"/>
        <source>Callers must send an API &amp;key (x-api-key)</source>
        <translation>Aufrufer müssen einen API-Sch&amp;lüssel senden (x-api-key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the answer &amp;back to the client (two-way)</source>
        <translation>&amp;Die Antwort an den Client zurücksenden (Zwei-Wege)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+98"/>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>$default (anything no other route takes)</source>
        <translation>$default (alles, was keine andere Route annimmt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts in braces are parameters: /pets/{id}. A last {proxy+} takes the rest of the path.</source>
        <translation>Teile in geschweiften Klammern sind Parameter: /pets/{id}. Ein {proxy+} am Ende nimmt den Rest des Pfads auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP URL</source>
        <translation>HTTP-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed reply (mock)</source>
        <translation>Feste Antwort (Mock)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2.0 (HTTP APIs)</source>
        <translation>2.0 (HTTP APIs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.0 (REST APIs)</source>
        <translation>1.0 (REST APIs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload format</source>
        <translation>Payload-Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yload format:</source>
        <translation>Pa&amp;yload-Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: anyone may call</source>
        <translation>Keiner: Jeder darf aufrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorizer</source>
        <translation>Autorisierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may call the route: add authorizers on the Authorizers tab.</source>
        <translation>Wer die Route aufrufen darf: Autorisierer fügen Sie im Reiter „Autorisierer“ hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders:read, orders:write</source>
        <translation>orders:read, orders:write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token must carry one of these scopes; empty: any valid token.</source>
        <translation>Ein Token muss einen dieser Scopes tragen; leer: jedes gültige Token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Route key</source>
        <translation>Routenschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$connect runs when a client connects (answer 200 to let it in), $disconnect when it leaves, $default for messages no other route takes; other keys are the value of the message&apos;s &quot;action&quot;.</source>
        <translation>$connect läuft, wenn sich ein Client verbindet (antworten Sie mit 200, um ihn einzulassen), $disconnect, wenn er die Verbindung trennt, $default für Nachrichten, die keine andere Route annimmt; andere Schlüssel sind der Wert von „action“ in der Nachricht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth&amp;orizer:</source>
        <translation>Aut&amp;orisierer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>S&amp;copes:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 (JWT from %2)</source>
        <translation>%1 (JWT von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (function %2)</source>
        <translation>%1 (Funktion %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change route</source>
        <translation>Route ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save route</source>
        <translation>Route speichern</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AddScheduleDialog</name>
    <message>
        <location filename="../widgets/functions/addscheduledialog.cpp" line="+33"/>
        <source>If Sloop was not running at a fire, invoke once when it runs again</source>
        <translation>Wenn Sloop bei einer Auslösung nicht lief, einmal aufrufen, sobald es wieder läuft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add schedule for %1</source>
        <translation>Zeitplan für %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule name</source>
        <translation>Name des Zeitplans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule expression</source>
        <translation>Zeitplanausdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every 5 minutes</source>
        <translation>alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every night at 02:00</source>
        <translation>jede Nacht um 02:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdays at 09:00</source>
        <translation>werktags um 09:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first of each month at midnight</source>
        <translation>am Ersten jedes Monats um Mitternacht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version or alias to invoke</source>
        <translation>Aufzurufende Version oder Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$LATEST (the code as deployed)</source>
        <translation>$LATEST (der bereitgestellte Code)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Input for the function</source>
        <translation>Eingabe für die Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the function gets EventBridge&apos;s Scheduled Event. Or JSON of your own.</source>
        <translation>Leer: Die Funktion erhält das Scheduled Event von EventBridge. Oder eigenes JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed fires are always listed under the schedule&apos;s runs.</source>
        <translation>Verpasste Auslösungen erscheinen immer im Verlauf des Zeitplans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next ten fires</source>
        <translation>Die nächsten zehn Auslösungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate(5 minutes), cron(minutes hours day-of-month month day-of-week year) with ? in one day field, or at(2026-12-24T18:00:00) for once.</source>
        <translation>rate(5 minutes), cron(minutes hours day-of-month month day-of-week year) mit ? in einem Tagesfeld oder at(2026-12-24T18:00:00) für eine einmalige Auslösung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule:</source>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next fires:</source>
        <translation>Nächste Auslösungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add schedule</source>
        <translation>Zeitplan &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1  %2 UTC</source>
        <translation>%1  %2 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 %3  (%4 UTC)</source>
        <translation>%1  %2 %3  (%4 UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It never fires: the time has passed.</source>
        <translation>Er wird nie ausgelöst: Der Zeitpunkt ist verstrichen.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AlarmDialog</name>
    <message>
        <location filename="../widgets/monitoring/alarmdialog.cpp" line="+57"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit alarm %1</source>
        <translation>Alarm %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an alarm</source>
        <translation>Alarm hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watches one metric of one server or container. Each period&apos;s statistic is compared with the threshold; the alarm goes off when enough of the latest periods cross it.</source>
        <translation>Überwacht eine Metrik eines Servers oder Containers. Die Statistik jedes Zeitraums wird mit dem Schwellenwert verglichen; der Alarm löst aus, wenn genügend der letzten Zeiträume ihn verletzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarm name</source>
        <translation>Alarmname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web1 CPU over 80%</source>
        <translation>web1 CPU über 80 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>host/NAME or container/ENGINE/NAME</source>
        <translation>host/NAME oder container/ENGINE/NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluation periods</source>
        <translation>Auswertungszeiträume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datapoints to alarm</source>
        <translation>Datenpunkte für Alarm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing data treatment</source>
        <translation>Behandlung fehlender Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command on state change</source>
        <translation>Befehl bei Zustandswechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: notify-send &quot;$SLOOP_ALARM_NAME&quot; &quot;$SLOOP_ALARM_STATE&quot;</source>
        <translation>optional: notify-send &quot;$SLOOP_ALARM_NAME&quot; &quot;$SLOOP_ALARM_STATE&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run with /bin/sh -c on every state change, for at most 30 seconds. It finds the alarm in SLOOP_ALARM_NAME, SLOOP_ALARM_STATE, SLOOP_ALARM_PREVIOUS_STATE, SLOOP_ALARM_REASON, SLOOP_ALARM_TARGET, SLOOP_ALARM_METRIC, SLOOP_ALARM_THRESHOLD and SLOOP_ALARM_VALUE.</source>
        <translation>Wird bei jedem Zustandswechsel mit /bin/sh -c ausgeführt, höchstens 30 Sekunden lang. Der Befehl findet den Alarm in SLOOP_ALARM_NAME, SLOOP_ALARM_STATE, SLOOP_ALARM_PREVIOUS_STATE, SLOOP_ALARM_REASON, SLOOP_ALARM_TARGET, SLOOP_ALARM_METRIC, SLOOP_ALARM_THRESHOLD und SLOOP_ALARM_VALUE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>out of</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>periods</source>
        <translation>Zeiträumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistic:</source>
        <translation>S&amp;tatistik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comparison:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Schwellenwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>Ze&amp;itraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datapoints to alarm:</source>
        <translation>&amp;Datenpunkte für Alarm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing &amp;data:</source>
        <translation>&amp;Fehlende Daten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the alarm</source>
        <translation>Problem mit dem Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add alarm</source>
        <translation>Alarm hinzufügen</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+12"/>
        <source>The threshold must be a number.</source>
        <translation>Der Schwellenwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Goes to ALARM when the %1</source>
        <translation>Wechselt zu ALARM, wenn gilt: %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AlarmNotifier</name>
    <message>
        <location filename="../widgets/monitoring/alarmnotifier.cpp" line="+18"/>
        <source>Sloop</source>
        <translation>Sloop</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alarm: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK again: %1</source>
        <translation>Wieder OK: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data: %1</source>
        <translation>Keine Daten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2. %3</source>
        <translation>%1 auf %2. %3</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AlarmsPage</name>
    <message>
        <location filename="../widgets/monitoring/alarmspage.cpp" line="+38"/>
        <source>&amp;Add alarm…</source>
        <translation>Alarm &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an alarm</source>
        <translation>Alarm hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected alarm</source>
        <translation>Den ausgewählten Alarm bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected alarm</source>
        <translation>Den ausgewählten Alarm löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alarm history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The alarms cannot be read: %1</source>
        <translation>Die Alarme können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of every alarm</source>
        <translation>Verlauf aller Alarme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <source>Delete alarm</source>
        <translation>Alarm löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the alarm &quot;%1&quot; and its history?</source>
        <translation>Den Alarm „%1“ samt Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiAuthorizersPane</name>
    <message>
        <location filename="../widgets/gateway/apiauthorizerspane.cpp" line="+35"/>
        <source>&amp;Add authorizer…</source>
        <translation>Autorisierer &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorizers</source>
        <translation>Autorisierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity source</source>
        <translation>Identitätsquelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an authorizer</source>
        <translation>Einen Autorisierer hinzufügen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>issuer %1, audience %2</source>
        <translation>Aussteller %1, Zielgruppe %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function %1, answers kept %2 s</source>
        <translation>Funktion %1, Antworten %2 s aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function %1, asked every time</source>
        <translation>Funktion %1, jedes Mal gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function (TOKEN)</source>
        <translation>Funktion (TOKEN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function (REQUEST)</source>
        <translation>Funktion (REQUEST)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No authorizers. An authorizer decides who may call a route: a JWT from an identity provider, checked against its keys, or a function of yours that answers allow or deny. Add one, then choose it for routes (Routes tab, Change…).</source>
        <translation>Keine Autorisierer. Ein Autorisierer entscheidet, wer eine Route aufrufen darf: ein JWT von einem Identitätsanbieter, geprüft anhand seiner Schlüssel, oder eine eigene Funktion, die mit Erlauben oder Ablehnen antwortet. Fügen Sie einen hinzu und wählen Sie ihn dann für Routen aus (Reiter „Routen“, „Ändern …“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the credential a caller gets 401; denied, 403. Changes to an authorizer apply at once; a route uses one once deployed.</source>
        <translation>Ohne die Anmeldedaten erhält ein Aufrufer 401, bei Ablehnung 403. Änderungen an einem Autorisierer gelten sofort; eine Route verwendet einen, sobald sie bereitgestellt ist.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The authorizer cannot be saved</source>
        <translation>Der Autorisierer kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove authorizer?</source>
        <translation>Autorisierer entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the authorizer %1 from %2?</source>
        <translation>Den Autorisierer %1 aus %2 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed routes that still name it answer 500 until the stage is deployed without it.</source>
        <translation>Bereitgestellte Routen, die ihn noch nennen, antworten mit 500, bis die Stufe ohne ihn bereitgestellt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authorizer cannot be removed</source>
        <translation>Der Autorisierer kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiKeysPane</name>
    <message>
        <location filename="../widgets/gateway/apikeyspane.cpp" line="+57"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Usage plan</source>
        <translation>Nutzungsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage plans</source>
        <translation>Nutzungspläne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add key to &amp;plan</source>
        <translation>Schlüssel zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;key…</source>
        <translation>&amp;Schlüssel erstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create usage p&amp;lan…</source>
        <translation>&amp;Nutzungsplan erstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport usage…</source>
        <translation>Nutzung e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export requests per key per day as CSV</source>
        <translation>Anfragen pro Schlüssel und Tag als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the selected key use the selected plan</source>
        <translation>Den ausgewählten Schlüssel den ausgewählten Plan nutzen lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage plans for this API</source>
        <translation>Nutzungspläne für diese API</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routes that need an API key take one from a usage plan for their stage. Create a key, then a plan, then add the key to the plan.</source>
        <translation>Routen, die einen API-Schlüssel brauchen, akzeptieren einen Schlüssel aus einem Nutzungsplan für ihre Stufe. Erstellen Sie einen Schlüssel, dann einen Plan, und fügen Sie den Schlüssel anschließend dem Plan hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No usage plan covers this API&apos;s stages yet.</source>
        <translation>Noch kein Nutzungsplan umfasst die Stufen dieser API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients send the key as the x-api-key header. Past the rate they get 429 Too Many Requests; past the quota 429 Limit Exceeded.</source>
        <translation>Clients senden den Schlüssel im Header x-api-key. Über der Rate erhalten sie 429 Too Many Requests, über dem Kontingent 429 Limit Exceeded.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the key (who it is for):</source>
        <translation>Name des Schlüssels (für wen er ist):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be made</source>
        <translation>Der Schlüssel kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the key&apos;s value now. Sloop keeps only its hash and cannot show it again.</source>
        <translation>Kopieren Sie jetzt den Wert des Schlüssels. Sloop bewahrt nur seinen Hash auf und kann ihn nicht erneut anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key&apos;s value</source>
        <translation>Der Wert des Schlüssels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The usage plan cannot be made</source>
        <translation>Der Nutzungsplan kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The key cannot be added to the plan</source>
        <translation>Der Schlüssel kann dem Plan nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The usage cannot be exported</source>
        <translation>Die Nutzung kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiLogsPane</name>
    <message>
        <location filename="../widgets/gateway/apilogspane.cpp" line="+25"/>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No requests yet. Send one from the Try it tab, or with curl to the stage&apos;s URL.</source>
        <translation>Noch keine Anfragen. Senden Sie eine vom Reiter „Ausprobieren“ aus oder mit curl an die URL der Stufe.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The latest %n request(s), newest first; kept 30 days.</source>
        <translation>
            <numerusform>Die letzte Anfrage; aufbewahrt 30 Tage.</numerusform>
            <numerusform>Die letzten %n Anfragen, neueste zuerst; aufbewahrt 30 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiRoutesPane</name>
    <message>
        <location filename="../widgets/gateway/apiroutespane.cpp" line="+40"/>
        <source>Function %1 (payload %2)</source>
        <translation>Funktion %1 (Payload %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed reply %1</source>
        <translation>Feste Antwort %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add route…</source>
        <translation>Route &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove route</source>
        <translation>Route ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;ploy…</source>
        <translation>&amp;Bereitstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>CO&amp;RS…</source>
        <translation>CO&amp;RS …</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Which web pages may call the API from a browser</source>
        <translation>Welche Webseiten die API aus einem Browser aufrufen dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Path and method</source>
        <translation>Pfad und Methode</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Sends to</source>
        <translation>Sendet an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deploy the routes to a stage</source>
        <translation>Die Routen in einer Stufe bereitstellen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>on connect</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disconnect</source>
        <translation>beim Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message, answered</source>
        <translation>Nachricht, mit Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (not deployed)</source>
        <translation>  (nicht bereitgestellt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CO&amp;RS: on…</source>
        <translation>CO&amp;RS: an …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route and when</source>
        <translation>Route und Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routes yet. Add one: a method and a path, and the function, URL or fixed reply it goes to.</source>
        <translation>Noch keine Routen. Fügen Sie eine hinzu: eine Methode und einen Pfad sowie die Funktion, URL oder feste Antwort, an die sie geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy the routes to a stage to serve them.</source>
        <translation>Stellen Sie die Routen in einer Stufe bereit, um sie auszuliefern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to routes are served once deployed.</source>
        <translation>Änderungen an Routen werden ausgeliefert, sobald sie bereitgestellt sind.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The route cannot be saved</source>
        <translation>Die Route kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove route?</source>
        <translation>Route entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the route %1 from %2?</source>
        <translation>Die Route %1 aus %2 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages keep serving it until the routes are deployed again.</source>
        <translation>Stufen liefern sie weiter aus, bis die Routen erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The route cannot be removed</source>
        <translation>Die Route kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CORS cannot be set</source>
        <translation>CORS kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the routes to the stage (a new name makes a new stage):</source>
        <translation>Die Routen in dieser Stufe bereitstellen (ein neuer Name legt eine neue Stufe an):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The routes cannot be deployed</source>
        <translation>Die Routen können nicht bereitgestellt werden</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiStagesPane</name>
    <message>
        <location filename="../widgets/gateway/apistagespane.cpp" line="+41"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove s&amp;tage</source>
        <translation>S&amp;tufe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;che…</source>
        <translation>&amp;Cache …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flush cache</source>
        <translation>Cache lee&amp;ren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttle</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serve the deployment before the current one</source>
        <translation>Die Bereitstellung vor der aktuellen ausliefern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the stage&apos;s response cache</source>
        <translation>Den Antwort-Cache der Stufe festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the stage&apos;s cached answers</source>
        <translation>Die zwischengespeicherten Antworten der Stufe verwerfen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 a second, bursts of %2</source>
        <translation>%1 pro Sekunde, Bursts von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s, nothing cached yet</source>
        <translation>%1 s, noch nichts im Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s, %2 held</source>
        <translation>%1 s, %2 im Cache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select and copy, or use Try it.</source>
        <translation>Auswählen und kopieren oder „Ausprobieren“ verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No stages yet: deploy the routes (Routes tab) to make one.</source>
        <translation>Noch keine Stufen: Stellen Sie die Routen bereit (Tab „Routen“), um eine anzulegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deployment(s) kept; a stage rolls back to the one before its current.</source>
        <translation>
            <numerusform>%n Bereitstellung wird aufbewahrt; eine Stufe wird auf die vor ihrer aktuellen zurückgesetzt.</numerusform>
            <numerusform>%n Bereitstellungen werden aufbewahrt; eine Stufe wird auf die vor ihrer aktuellen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The stage cannot be rolled back</source>
        <translation>Die Stufe kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove stage?</source>
        <translation>Stufe entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop serving the stage %1 of %2?</source>
        <translation>Die Stufe %1 von %2 nicht mehr ausliefern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage cannot be removed</source>
        <translation>Die Stufe kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cache cannot be set</source>
        <translation>Der Cache kann nicht festgelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cache cannot be flushed</source>
        <translation>Der Cache kann nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApiTryPane</name>
    <message>
        <location filename="../widgets/gateway/apitrypane.cpp" line="+35"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for routes that need a key</source>
        <translation>für Routen, die einen Schlüssel brauchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer eyJ… for routes with an authorizer</source>
        <translation>Bearer eyJ… für Routen mit Autorisierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request body (POST, PUT, PATCH)</source>
        <translation>Anfrage-Body (POST, PUT, PATCH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same request with curl</source>
        <translation>Dieselbe Anfrage mit curl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status, headers and body of the answer appear here.</source>
        <translation>Status, Header und Body der Antwort erscheinen hier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authorization:</source>
        <translation>&amp;Authorization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl:</source>
        <translation>curl:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deploy the API to a stage to try it.</source>
        <translation>Stellen Sie die API in einer Stufe bereit, um sie auszuprobieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A WebSocket API takes WebSocket clients, not single requests. Connect one, such as npm&apos;s wscat:

    wscat -c %1

then send {&quot;action&quot;: &quot;sendmessage&quot;, &quot;text&quot;: &quot;hi&quot;}: the route named by &quot;action&quot; answers, or $default. Send to a client from elsewhere with aws apigatewaymanagementapi post-to-connection.</source>
        <translation>Eine WebSocket-API nimmt WebSocket-Clients an, keine einzelnen Anfragen. Verbinden Sie einen, etwa wscat aus npm:

    wscat -c %1

und senden Sie dann {&quot;action&quot;: &quot;sendmessage&quot;, &quot;text&quot;: &quot;hi&quot;}: Es antwortet die Route, die „action“ nennt, sonst $default. Von anderswo senden Sie mit aws apigatewaymanagementapi post-to-connection an einen Client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deploy the API to a stage, then connect a WebSocket client to it.</source>
        <translation>Stellen Sie die API in einer Stufe bereit und verbinden Sie dann einen WebSocket-Client mit ihr.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing answered (%1). The window or &quot;sloop serve&quot; that owns the data folder serves the gateway.</source>
        <translation>Nichts hat geantwortet (%1). Das Fenster oder „sloop serve“, das den Datenordner besitzt, betreibt das Gateway.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ApisPage</name>
    <message>
        <location filename="../widgets/gateway/apispage.cpp" line="+63"/>
        <location line="+10"/>
        <source>Create API</source>
        <translation>API erstellen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>shop</source>
        <translation>shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP API: simple and fast, payload 2.0, a $default stage</source>
        <translation>HTTP API: einfach und schnell, Payload 2.0, eine Stufe $default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST API: payload 1.0, named stages such as dev and prod</source>
        <translation>REST API: Payload 1.0, benannte Stufen wie dev und prod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket API: two-way connections, messages routed by action</source>
        <translation>WebSocket API: Zwei-Wege-Verbindungen, Nachrichten nach action geroutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API type</source>
        <translation>API-Typ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Create API…</source>
        <translation>API &amp;erstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an API</source>
        <translation>Eine API erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected API</source>
        <translation>Die ausgewählte API löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about API gateways</source>
        <translation>Mehr über API-Gateways</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>APIs need Sloop&apos;s store, which could not be opened: %1</source>
        <translation>APIs brauchen den Speicher von Sloop, der nicht geöffnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serve on this machine only</source>
        <translation>Nur auf diesem Rechner ausliefern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serve the API on 127.0.0.1 only</source>
        <translation>Die API nur unter 127.0.0.1 ausliefern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API&apos;s address cannot be changed</source>
        <translation>Die Adresse der API kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorizers</source>
        <translation>Autorisierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and usage plans</source>
        <translation>Schlüssel und Nutzungspläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Give your code a web address</source>
        <translation>Geben Sie Ihrem Code eine Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An API maps web requests, such as GET /hello/{name}, to a function, to a service at a URL, or to a fixed reply, as Amazon API Gateway does. Deploy it to a stage and it answers at http://127.0.0.1:PORT/STAGE; API keys and usage plans decide who may call it and how often.</source>
        <translation>Eine API ordnet Webanfragen wie GET /hello/{name} einer Funktion, einem Dienst unter einer URL oder einer festen Antwort zu, wie es Amazon API Gateway tut. Stellen Sie sie in einer Stufe bereit, dann antwortet sie unter http://127.0.0.1:PORT/STAGE; API-Schlüssel und Nutzungspläne entscheiden, wer sie wie oft aufrufen darf.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Create your first API…</source>
        <translation>Erstellen Sie Ihre erste API …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a sample API with a key</source>
        <translation>Eine Beispiel-API mit Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A function behind GET /hello, a key and a usage plan, ready to send a request to</source>
        <translation>Eine Funktion hinter GET /hello, ein Schlüssel und ein Nutzungsplan, bereit für eine Anfrage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The APIs cannot be read</source>
        <translation>Die APIs können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cost estimate: %1</source>
        <translation>Keine Kostenschätzung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 messages and %2 connection minutes</source>
        <translation>%1 Nachrichten und %2 Verbindungsminuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month on API Gateway: %1 (%2 after the free tier) for %3</source>
        <translation>Dieser Monat bei API Gateway: %1 (%2 nach dem kostenlosen Kontingent) für %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, and %1 cache hours</source>
        <translation> und %1 Cache-Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Prices of %1 (%2).</source>
        <translation>. Preise vom %1 (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 answers on %2:%3, so other machines on your network can call it. Routes without an API key or an authorizer are open to them.</source>
        <translation>%1 antwortet unter %2:%3, daher können andere Rechner in Ihrem Netzwerk sie aufrufen. Routen ohne API-Schlüssel oder Autorisierer stehen ihnen offen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reachable from other machines</source>
        <translation>Von anderen Rechnern erreichbar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The API cannot be made</source>
        <translation>Die API kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete API?</source>
        <translation>API löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the API %1 and stop serving it?</source>
        <translation>Die API %1 löschen und nicht mehr ausliefern?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API cannot be deleted</source>
        <translation>Die API kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sample API needs a function, and functions need a Docker engine: connect one on the Containers page.</source>
        <translation>Die Beispiel-API braucht eine Funktion, und Funktionen brauchen eine Docker-Engine: Verbinden Sie eine auf der Seite „Container“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the function hello-api, an API with GET /hello that takes a key, and a key in the usage plan &quot;learner&quot;… The first time takes a minute or two: the function&apos;s image is built.</source>
        <translation>Die Funktion hello-api, eine API mit GET /hello, die einen Schlüssel verlangt, und ein Schlüssel im Nutzungsplan „learner“ werden erstellt … Beim ersten Mal dauert das ein bis zwei Minuten: Das Image der Funktion wird gebaut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sample API could not be made</source>
        <translation>Die Beispiel-API konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready: press Send to call GET /hello with the key %1, or copy the curl command. Its value is shown only now; Sloop keeps keys hashed.</source>
        <translation>Fertig: Klicken Sie auf „Senden“, um GET /hello mit dem Schlüssel %1 aufzurufen, oder kopieren Sie den curl-Befehl. Sein Wert wird nur jetzt angezeigt; Sloop speichert Schlüssel nur als Hash.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ArrayGrid</name>
    <message>
        <location filename="../widgets/batch/arraygrid.cpp" line="+20"/>
        <source>Array children by status</source>
        <translation>Kind-Jobs des Arrays nach Status</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Child %1: %2</source>
        <translation>Kind-Job %1: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AsyncConfigDialog</name>
    <message>
        <location filename="../widgets/functions/asyncconfigdialog.cpp" line="+44"/>
        <source>Asynchronous invocation of %1</source>
        <translation>Asynchroner Aufruf von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event invocations (aws lambda invoke --invocation-type Event, sloop functions invoke --async) are queued and tried again when the function fails: after one minute, then two.</source>
        <translation>Event-Aufrufe (aws lambda invoke --invocation-type Event, sloop functions invoke --async) werden in eine Warteschlange gestellt und erneut versucht, wenn die Funktion fehlschlägt: nach einer Minute, dann nach zwei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry attempts</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum age of an event</source>
        <translation>Maximales Alter eines Ereignisses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where a failed event goes</source>
        <translation>Wohin ein fehlgeschlagenes Ereignis geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nowhere (its invocations stay in the logs)</source>
        <translation>Nirgendwohin (seine Aufrufe bleiben in den Protokollen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder on this machine (dead-letter folder)</source>
        <translation>Ein Ordner auf diesem Rechner (Dead-Letter-Ordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another function</source>
        <translation>Eine andere Funktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Dead-letter folder</source>
        <translation>Dead-Letter-Ordner</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>An absolute path; each failed event becomes REQUESTID.json</source>
        <translation>Ein absoluter Pfad; jedes fehlgeschlagene Ereignis wird zu REQUESTID.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Function that gets failed events</source>
        <translation>Funktion, die fehlgeschlagene Ereignisse erhält</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Retry attempts:</source>
        <translation>&amp;Wiederholungsversuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum &amp;age of an event:</source>
        <translation>&amp;Maximales Alter eines Ereignisses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;failure:</source>
        <translation>Bei &amp;Fehler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the folder that gets the failed events.</source>
        <translation>Wählen Sie den Ordner, der die fehlgeschlagenen Ereignisse erhält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no other function yet to send failed events to.</source>
        <translation>Es gibt noch keine andere Funktion, an die fehlgeschlagene Ereignisse gehen können.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::AuthorizerDialog</name>
    <message>
        <location filename="../widgets/gateway/authorizerdialog.cpp" line="+35"/>
        <source>The function answers {&quot;isAuthorized&quot;: true|false} (simple responses)</source>
        <translation>Die Funktion antwortet {&quot;isAuthorized&quot;: true|false} (einfache Antworten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>Add authorizer</source>
        <translation>Autorisierer hinzufügen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT: tokens from an identity provider</source>
        <translation>JWT: Tokens von einem Identitätsanbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function: decides from headers and query (REQUEST)</source>
        <translation>Funktion: entscheidet anhand von Headern und Query-Strings (REQUEST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function: decides from one token (TOKEN)</source>
        <translation>Funktion: entscheidet anhand eines Tokens (TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity source</source>
        <translation>Identitätsquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the caller&apos;s credential is: $request.header.NAME or $request.querystring.NAME, comma-separated. A request without it gets 401 before anything runs.</source>
        <translation>Wo die Anmeldedaten des Aufrufers stehen: $request.header.NAME oder $request.querystring.NAME, durch Kommas getrennt. Eine Anfrage ohne sie erhält 401, bevor etwas ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens must name it as their &quot;iss&quot;.</source>
        <translation>Tokens müssen ihn als „iss“ nennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-app, my-other-app</source>
        <translation>my-app, my-other-app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token&apos;s &quot;aud&quot; (or &quot;client_id&quot;) must be one of them.</source>
        <translation>„aud“ (oder „client_id“) eines Tokens muss eine davon sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/path/to/jwks.json</source>
        <translation>/path/to/jwks.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key set file</source>
        <translation>Schlüsselsatz-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer&apos;s public keys as a JSON Web Key Set (what it publishes at its jwks_uri). Read again when the file changes.</source>
        <translation>Die öffentlichen Schlüssel des Ausstellers als JSON Web Key Set (was er unter seiner jwks_uri veröffentlicht). Wird neu gelesen, wenn sich die Datei ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key set file</source>
        <translation>Schlüsselsatz-Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key set (JWKS)</source>
        <translation>Schlüsselsatz (JWKS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keys (JWKS):</source>
        <translation>&amp;Schlüssel (JWKS):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (ask every time)</source>
        <translation>nie (jedes Mal fragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep answers for</source>
        <translation>Antworten behalten für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.0</source>
        <translation>2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.0</source>
        <translation>1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload format</source>
        <translation>Payload-Format</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;dentity source:</source>
        <translation>&amp;Identitätsquelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audiences:</source>
        <translation>&amp;Zielgruppen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ans&amp;wers for:</source>
        <translation>Antworten &amp;behalten für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yload format:</source>
        <translation>Pa&amp;yload-Format:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Change authorizer</source>
        <translation>Autorisierer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save authorizer</source>
        <translation>Autorisierer speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key set file cannot be read: %1</source>
        <translation>Die Schlüsselsatz-Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::BatchPage</name>
    <message>
        <location filename="../widgets/batch/batchpage.cpp" line="+51"/>
        <source>No jobs</source>
        <translation>Keine Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Submit job…</source>
        <translation>Job &amp;einreichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit a job</source>
        <translation>Einen Job einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected jobs</source>
        <translation>Die ausgewählten Jobs abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs not yet starting fail with the reason &quot;Cancelled&quot;; running jobs go on (terminate stops them)</source>
        <translation>Jobs, die noch nicht starten, schlagen mit dem Grund „Cancelled“ fehl; laufende Jobs laufen weiter („Beenden“ stoppt sie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate the selected jobs</source>
        <translation>Die ausgewählten Jobs beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the selected jobs, running or not; they are not retried</source>
        <translation>Stoppt die ausgewählten Jobs, ob sie laufen oder nicht; sie werden nicht wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the word-count sample</source>
        <translation>Wortzähl-Beispiel ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An array job of 10 children, each counting the words of one file</source>
        <translation>Ein Array-Job mit 10 Kind-Jobs, von denen jeder die Wörter einer Datei zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about Batch</source>
        <translation>Mehr über Batch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batch needs Sloop&apos;s store, which could not be opened: %1</source>
        <translation>Batch braucht den Speicher von Sloop, der nicht geöffnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+77"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchlisttabs.cpp" line="+140"/>
        <location filename="../widgets/batch/batchpage.cpp" line="-76"/>
        <source>Job queues</source>
        <translation>Job-Warteschlangen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../widgets/batch/batchpage.cpp" line="+1"/>
        <source>Compute environments</source>
        <translation>Rechenumgebungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../widgets/batch/batchpage.cpp" line="+1"/>
        <source>Job definitions</source>
        <translation>Job-Definitionen</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchpage.cpp" line="+41"/>
        <source>Run work that starts, works and finishes</source>
        <translation>Arbeit ausführen, die startet, arbeitet und endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch runs jobs as containers on your engines, as AWS Batch does: jobs wait in queues by priority and start where a compute environment has room, with retries, arrays of up to 10,000 children and jobs that wait for others. Start with a compute environment (where jobs may run and how much of it), a queue and a job definition, or let the sample make them.</source>
        <translation>Batch führt Jobs als Container auf Ihren Engines aus, wie AWS Batch: Jobs warten nach Priorität in Warteschlangen und starten, wo eine Rechenumgebung Platz hat – mit Wiederholungen, Arrays von bis zu 10.000 Kind-Jobs und Jobs, die auf andere warten. Beginnen Sie mit einer Rechenumgebung (wo Jobs laufen dürfen und wie viel davon), einer Warteschlange und einer Job-Definition, oder lassen Sie das Beispiel diese anlegen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Run the word-count sample</source>
        <translation>Wortzähl-Beispiel ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a compute environment on the local engine, a queue and a definition, then submits an array of 10 children that count words</source>
        <translation>Legt eine Rechenumgebung auf der lokalen Engine, eine Warteschlange und eine Definition an und reicht dann ein Array aus 10 Kind-Jobs ein, die Wörter zählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a compute environment…</source>
        <translation>Rechenumgebung erstellen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the jobs of</source>
        <translation>Jobs der Warteschlange anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show jobs in the status</source>
        <translation>Jobs mit dem Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search jobs by name or ID</source>
        <translation>Jobs nach Name oder ID durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or ID</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchlisttabs.cpp" line="-69"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runnable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;queue…</source>
        <translation>&amp;Warteschlange erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Enable or disable</source>
        <translation>Aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A disabled queue takes jobs but starts none</source>
        <translation>Eine deaktivierte Warteschlange nimmt Jobs an, startet aber keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+16"/>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The queue cannot be changed</source>
        <translation>Die Warteschlange kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete job queue?</source>
        <translation>Job-Warteschlange löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the job queue %1? Its finished jobs stay listed.</source>
        <translation>Die Job-Warteschlange %1 löschen? Ihre abgeschlossenen Jobs bleiben aufgeführt.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The queue cannot be deleted</source>
        <translation>Die Warteschlange kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPUs in use</source>
        <translation>Belegte vCPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory in use</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;environment…</source>
        <translation>&amp;Umgebung erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disabled environment starts nothing new; what runs finishes</source>
        <translation>Eine deaktivierte Umgebung startet nichts Neues; was läuft, läuft zu Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment cannot be changed</source>
        <translation>Die Umgebung kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete compute environment?</source>
        <translation>Rechenumgebung löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the compute environment %1?</source>
        <translation>Die Rechenumgebung %1 löschen?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The environment cannot be deleted</source>
        <translation>Die Umgebung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register definition…</source>
        <translation>Definition &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deregister</source>
        <translation>Deregistrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision takes no new jobs; jobs already submitted run</source>
        <translation>Die Revision nimmt keine neuen Jobs an; bereits eingereichte Jobs laufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The definition cannot be deregistered</source>
        <translation>Die Definition kann nicht deregistriert werden</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchpage.cpp" line="+91"/>
        <source>Jobs run in the Sloop process that owns the data folder (pid %1).</source>
        <translation>Jobs laufen in dem Sloop-Prozess, der den Datenordner besitzt (PID %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing runs jobs now: they wait until this window or &quot;sloop serve&quot; owns the data folder.</source>
        <translation>Derzeit führt nichts Jobs aus: Sie warten, bis dieses Fenster oder „sloop serve“ den Datenordner besitzt.</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchlisttabs.cpp" line="+12"/>
        <source>The queues cannot be read</source>
        <translation>Die Warteschlangen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+50"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 vCPU)</source>
        <translation>%1 (%2 vCPU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 MiB</source>
        <translation>%1 von %2 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchpage.cpp" line="+54"/>
        <source>Terminate jobs?</source>
        <translation>Jobs beenden?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel jobs?</source>
        <translation>Jobs abbrechen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop %n job(s), running or not? They fail and are not retried.</source>
        <translation>
            <numerusform>%n Job stoppen, ob er läuft oder nicht? Er schlägt fehl und wird nicht wiederholt.</numerusform>
            <numerusform>%n Jobs stoppen, ob sie laufen oder nicht? Sie schlagen fehl und werden nicht wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cancel %n job(s)? Jobs not yet starting fail; running jobs go on.</source>
        <translation>
            <numerusform>%n Job abbrechen? Jobs, die noch nicht starten, schlagen fehl; laufende Jobs laufen weiter.</numerusform>
            <numerusform>%n Jobs abbrechen? Jobs, die noch nicht starten, schlagen fehl; laufende Jobs laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel jobs</source>
        <translation>Jobs abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be stopped</source>
        <translation>%1 kann nicht gestoppt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was cancelled: the jobs had started or finished. Terminate stops a running job.</source>
        <translation>Nichts wurde abgebrochen: Die Jobs waren bereits gestartet oder abgeschlossen. „Beenden“ stoppt einen laufenden Job.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A job needs a queue and a job definition first: create them on their tabs, or run the word-count sample.</source>
        <translation>Ein Job braucht zuerst eine Warteschlange und eine Job-Definition: Erstellen Sie diese auf ihren Tabs, oder führen Sie das Wortzähl-Beispiel aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The job was not submitted</source>
        <translation>Der Job wurde nicht eingereicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sample runs on the local engine, and there is none.</source>
        <translation>Das Beispiel läuft auf der lokalen Engine, und es gibt keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting up the word-count sample…</source>
        <translation>Das Wortzähl-Beispiel wird eingerichtet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine&apos;s images cannot be listed</source>
        <translation>Die Images der Engine können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sample needs an image with a shell, such as sloop/runtime:bookworm (scripts/build-runtime-images.sh makes it) or busybox.</source>
        <translation>Das Beispiel braucht ein Image mit einer Shell, etwa sloop/runtime:bookworm (scripts/build-runtime-images.sh erzeugt es) oder busybox.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sample could not start</source>
        <translation>Das Beispiel konnte nicht starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted count-words: 10 children, each counting the words of one file in %1. Click a cell of the grid to see what a child wrote.</source>
        <translation>count-words eingereicht: 10 Kind-Jobs, von denen jeder die Wörter einer Datei in %1 zählt. Klicken Sie auf eine Zelle des Rasters, um zu sehen, was ein Kind-Job ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../widgets/batch/batchlisttabs.cpp" line="+14"/>
        <source>The environment was not created</source>
        <translation>Die Umgebung wurde nicht erstellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A queue runs its jobs in a compute environment: create one first.</source>
        <translation>Eine Warteschlange führt ihre Jobs in einer Rechenumgebung aus: Erstellen Sie zuerst eine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The queue was not created</source>
        <translation>Die Warteschlange wurde nicht erstellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The definition was not registered</source>
        <translation>Die Definition wurde nicht registriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::BlueprintPicker</name>
    <message>
        <location filename="../widgets/instances/blueprintpicker.cpp" line="+58"/>
        <source>Blueprint categories</source>
        <translation>Vorlagenkategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS only blueprints</source>
        <translation>Vorlagen „Nur Betriebssystem“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps + OS blueprints</source>
        <translation>Vorlagen „Apps + Betriebssystem“</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>My blueprints</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubuntu blueprints need an Ubuntu image on the engine (it must have it, or be able to pull it).</source>
        <translation>Ubuntu-Vorlagen brauchen ein Ubuntu-Image auf der Engine (sie muss es haben oder holen können).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>None yet. Write or open your own cloud-init user-data in the Launch script step and save it as a blueprint: it appears here.</source>
        <translation>Noch keine. Schreiben oder öffnen Sie im Schritt „Startskript“ eigene cloud-init-user-data und speichern Sie sie als Vorlage: Sie erscheint dann hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out because they have problems:
%1</source>
        <translation>Wegen Problemen ausgelassen:
%1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::CommandLogDock</name>
    <message>
        <location filename="../widgets/commandlog/commandlogdock.cpp" line="+21"/>
        <location line="+5"/>
        <source>Command log</source>
        <translation>Befehlsprotokoll</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engine calls</source>
        <translation>Engine-Aufrufe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter calls…</source>
        <translation>Aufrufe filtern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the command log</source>
        <translation>Das Befehlsprotokoll filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected calls</source>
        <translation>Die ausgewählten Aufrufe kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected calls as text</source>
        <translation>Die ausgewählten Aufrufe als Text kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the command log view</source>
        <translation>Die Ansicht des Befehlsprotokolls leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this view; saved entries stay in the database</source>
        <translation>Diese Ansicht leeren; gespeicherte Einträge bleiben in der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call Sloop makes to an engine appears here.</source>
        <translation>Jeder Aufruf, den Sloop an eine Engine richtet, erscheint hier.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ContainerDetailPane</name>
    <message>
        <location filename="../widgets/containers/containerdetailpane.cpp" line="+114"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Mounts</source>
        <translation>Einhängungen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host address</source>
        <translation>Host-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Container details</source>
        <translation>Container-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers Sloop has kept for this container: 1 hour to 2 weeks</source>
        <translation>Die Werte, die Sloop für diesen Container aufbewahrt hat: 1 Stunde bis 2 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected port in the browser</source>
        <translation>Den ausgewählten Port im Browser öffnen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a container to see its details, logs and live stats.</source>
        <translation>Einen Container auswählen, um seine Details, Logs und Live-Statistiken zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Container unavailable</source>
        <translation>Container nicht verfügbar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited with code %1</source>
        <translation>beendet mit Code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart policy:</source>
        <translation>Neustart-Regel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarts:</source>
        <translation>Neustarts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU limit:</source>
        <translation>CPU-Limit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Memory limit:</source>
        <translation>Speicherlimit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ContainerServicesPage</name>
    <message>
        <location filename="../widgets/containerservices/containerservicespage.cpp" line="+65"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 vCPU, %3 — $%4/month per node</source>
        <translation>%1 – %2 vCPU, %3 – $%4/Monat pro Knoten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+404"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-404"/>
        <location line="+4"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Power × scale</source>
        <translation>Leistung × Skalierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container services</source>
        <translation>Containerdienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public endpoint</source>
        <translation>Öffentlicher Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it failed</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy to this container service</source>
        <translation>In diesem Containerdienst bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power and scale…</source>
        <translation>&amp;Leistung und Skalierung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change power and scale</source>
        <translation>Leistung und Skalierung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+274"/>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Disable or enable this container service</source>
        <translation>Diesen Containerdienst deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this container service</source>
        <translation>Diesen Containerdienst löschen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Create a container service…</source>
        <translation>Containerdienst erstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+329"/>
        <source>Create a container service</source>
        <translation>Containerdienst erstellen</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+2"/>
        <source>Learn about container services</source>
        <translation>Mehr über Containerdienste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run an image behind a URL</source>
        <translation>Ein Image hinter einer URL betreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A container service is Lightsail&apos;s simplest way to run containers: pick a power (how much CPU and memory each copy gets, at a flat monthly price) and a scale (how many copies), then deploy an image. Sloop runs the copies as Swarm services on the active engine, checks each one the way a load balancer does, and serves them at one public URL. A new deployment goes live only when it is healthy.</source>
        <translation>Ein Containerdienst ist der einfachste Weg, in Lightsail Container zu betreiben: Wählen Sie eine Leistung (wie viel CPU und Speicher jede Kopie bekommt, zu einem festen Monatspreis) und eine Skalierung (wie viele Kopien) und stellen Sie dann ein Image bereit. Sloop führt die Kopien als Swarm-Dienste auf der aktiven Engine aus, prüft jede so, wie es ein Load Balancer tut, und liefert sie unter einer öffentlichen URL aus. Eine neue Bereitstellung wird erst aktiv, wenn sie gesund ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh container services</source>
        <translation>Containerdienste aktualisieren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Container services need Sloop&apos;s data folder, which could not be opened.</source>
        <translation>Containerdienste brauchen den Datenordner von Sloop, der nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read container services</source>
        <translation>Containerdienste lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+51"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 activating</source>
        <translation>Version %1 wird aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Deployments of %1: none yet. Deploy… runs an image on it.</source>
        <translation>Bereitstellungen von %1: noch keine. „Bereitstellen …“ führt darauf ein Image aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments of %1</source>
        <translation>Bereitstellungen von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2, checks %3</source>
        <translation>%1:%2, prüft %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>En&amp;able</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an engine on the Containers page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Container“ eine Engine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+107"/>
        <source>Deploy to %1</source>
        <translation>In %1 bereitstellen</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Deployment %1 failed: %2. The deployment before it keeps serving.</source>
        <translation>Bereitstellung %1 ist fehlgeschlagen: %2. Die vorherige Bereitstellung liefert weiter aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment %1 of %2 is active.</source>
        <translation>Bereitstellung %1 von %2 ist aktiv.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+159"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>$%1 a month (%2 × %3 nodes), on engine %4</source>
        <translation>$%1 im Monat (%2 × %3 Knoten), auf Engine %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Power:</source>
        <translation>Leistung:</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+146"/>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx:stable, or an image on the engine</source>
        <translation>nginx:stable oder ein Image auf der Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container name</source>
        <translation>Containername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s own unless given</source>
        <translation>ohne Angabe der Befehl des Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME=value, one a line</source>
        <translation>NAME=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public port</source>
        <translation>Öffentlicher Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (no public endpoint)</source>
        <translation>keiner (kein öffentlicher Endpunkt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health check path</source>
        <translation>Pfad der Gesundheitsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success codes</source>
        <translation>Erfolgscodes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Healthy threshold</source>
        <translation>Schwellenwert für gesund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhealthy threshold</source>
        <translation>Schwellenwert für ungesund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>healthy after</source>
        <translation>gesund nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy after</source>
        <translation>ungesund nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not NAME=value.</source>
        <translation>„%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name:</source>
        <translation>Containername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public port:</source>
        <translation>Öffentlicher Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check path:</source>
        <translation>Pfad der Gesundheitsprüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success codes:</source>
        <translation>Erfolgscodes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds:</source>
        <translation>Schwellenwerte:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Power and scale of %1</source>
        <translation>Leistung und Skalierung von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new power replaces the copies one at a time, each new one started before an old one stops.</source>
        <translation>Eine neue Leistung ersetzt die Kopien einzeln; jede neue wird gestartet, bevor eine alte stoppt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every copy of every deployment stops and its public URL goes away. The images stay on the engine.</source>
        <translation>Jede Kopie jeder Bereitstellung wird gestoppt, und die öffentliche URL verschwindet. Die Images bleiben auf der Engine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ContainersPage</name>
    <message>
        <location filename="../widgets/containers/containerspage.cpp" line="+22"/>
        <source>Container engine resources</source>
        <translation>Ressourcen der Container-Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ContainersTab</name>
    <message>
        <location filename="../widgets/containers/containerstab.cpp" line="+46"/>
        <source>Show stopped</source>
        <translation>Gestoppte anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create and start a new container</source>
        <translation>Einen neuen Container erstellen und starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected containers</source>
        <translation>Die ausgewählten Container starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected containers</source>
        <translation>Die ausgewählten Container stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;estart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restart the selected containers</source>
        <translation>Die ausgewählten Container neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+319"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Pause or resume the selected containers</source>
        <translation>Die ausgewählten Container pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected containers</source>
        <translation>Die ausgewählten Container entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the first published port in the web browser</source>
        <translation>Den ersten veröffentlichten Port im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminal</source>
        <translation>Te&amp;rminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a shell inside the selected running container</source>
        <translation>Eine Shell im ausgewählten laufenden Container öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Container actions</source>
        <translation>Container-Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, image, state, port or project</source>
        <translation>Nach Name, Image, Zustand, Port oder Projekt filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show stopped containers</source>
        <translation>Gestoppte Container anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try to reach the engine again</source>
        <translation>Erneut versuchen, die Engine zu erreichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sloop keeps trying and updates this page by itself when the engine answers.</source>
        <translation>Sloop versucht es weiter und aktualisiert diese Seite von selbst, sobald die Engine antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine &quot;%1&quot; cannot be reached</source>
        <translation>Die Engine „%1“ ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Verbindung zu „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No containers on this engine yet.
Click &quot;Run…&quot; to start one from an image, or run &quot;docker run&quot; in a terminal: it appears here at once.</source>
        <translation>Noch keine Container auf dieser Engine.
„Ausführen …“ startet einen aus einem Image; auch ein „docker run“ im Terminal erscheint hier sofort.</translation>
    </message>
    <message numerus="yes">
        <location line="-134"/>
        <source>Compose project with %n container(s). The actions above apply to all of them; select one to see its logs and stats.</source>
        <translation>
            <numerusform>Compose-Projekt mit %n Container. Die Aktionen oben gelten für ihn; wählen Sie ihn aus, um seine Logs und Statistiken zu sehen.</numerusform>
            <numerusform>Compose-Projekt mit %n Containern. Die Aktionen oben gelten für alle; wählen Sie einen aus, um seine Logs und Statistiken zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n containers selected</source>
        <translation>
            <numerusform>%n Container ausgewählt</numerusform>
            <numerusform>%n Container ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actions above apply to all of them.</source>
        <translation>Die Aktionen oben gelten für alle.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No engine is selected.</source>
        <translation>Keine Engine ausgewählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unavailable</source>
        <translation>%1: nicht verfügbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The containers show here once the engine answers.</source>
        <translation>Die Container erscheinen hier, sobald die Engine antwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %2 %3 (API %4) · %5 running of %n container(s)</source>
        <translation>
            <numerusform>%1: %2 %3 (API %4) · %5 von %n Container in Betrieb</numerusform>
            <numerusform>%1: %2 %3 (API %4) · %5 von %n Containern in Betrieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 %n container(s)…</source>
        <translation>
            <numerusform>%1 von %n Container …</numerusform>
            <numerusform>%1 von %n Containern …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed for %2</source>
        <translation>%1 fehlgeschlagen für %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not run the container: %1</source>
        <translation>Der Container konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting</source>
        <translation>Neustarten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pausing</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiterer</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>

%n of them still run(s) and will be stopped first.</source>
        <translation>
            <numerusform>

%n davon läuft noch und wird zuerst gestoppt.</numerusform>
            <numerusform>

%n davon laufen noch und werden zuerst gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Their files are lost; named volumes are kept.</source>
        <translation>

Ihre Dateien gehen verloren; benannte Volumes bleiben erhalten.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove containers</source>
        <translation>Container entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>%n Container entfernen?</numerusform>
            <numerusform>%n Container entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::CorsDialog</name>
    <message>
        <location filename="../widgets/gateway/corsdialog.cpp" line="+35"/>
        <source>Allow c&amp;redentials (cookies, Authorization)</source>
        <translation>Anmel&amp;dedaten erlauben (Cookies, Authorization)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages from these origins may call the API from a browser. The gateway answers the browser&apos;s preflight requests itself. Leave the origins empty to turn CORS off.</source>
        <translation>Webseiten dieser Ursprünge dürfen die API aus einem Browser aufrufen. Das Gateway beantwortet die Preflight-Anfragen des Browsers selbst. Lassen Sie die Ursprünge leer, um CORS auszuschalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed methods</source>
        <translation>Erlaubte Methoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposed headers</source>
        <translation>Freigegebene Header</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the browser&apos;s default</source>
        <translation>Standard des Browsers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Origins:</source>
        <translation>&amp;Ursprünge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methods:</source>
        <translation>&amp;Methoden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exposed headers:</source>
        <translation>&amp;Freigegebene Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;age:</source>
        <translation>Höchst&amp;alter:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::CreateFunctionDialog</name>
    <message>
        <location filename="../widgets/functions/createfunctiondialog.cpp" line="+50"/>
        <source>&amp;Create function</source>
        <translation>&amp;Funktion erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create function</source>
        <translation>Funktion erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-function</source>
        <translation>meine-funktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Code folder</source>
        <translation>Code-Ordner</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>My code, from a folder or a .zip</source>
        <translation>Eigener Code, aus einem Ordner oder einer .zip-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A container image built for Lambda</source>
        <translation>Ein für Lambda gebautes Container-Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository:tag, on the engine</source>
        <translation>repository:tag, auf der Engine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code folder or .zip</source>
        <translation>Code-Ordner oder .zip-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder with the handler&apos;s file, or a .zip of it</source>
        <translation>Ein Ordner mit der Datei des Handlers oder eine .zip-Datei davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the code folder</source>
        <translation>Den Code-Ordner wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.&amp;zip…</source>
        <translation>.zi&amp;p …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .zip of the code</source>
        <translation>Eine .zip-Datei des Codes wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom runtime (an executable bootstrap)</source>
        <translation>Eigene Laufzeitumgebung (ein ausführbares bootstrap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.FUNCTION: app.handler calls handler() in app.py.</source>
        <translation>DATEI.FUNKTION: app.handler ruft handler() in app.py auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code as a .zip</source>
        <translation>Code als .zip-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An image whose entry point speaks the Lambda Runtime API, as AWS&apos;s base images and runtime interface clients do. Sloop adds its agent to a copy; the image must be on the engine.</source>
        <translation>Ein Image, dessen Einstiegspunkt die Lambda Runtime API spricht, wie es die Basis-Images und Runtime Interface Clients von AWS tun. Sloop fügt einer Kopie seinen Agenten hinzu; das Image muss auf der Engine vorhanden sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sloop copies the folder&apos;s files (or the .zip&apos;s, as you would upload it to Lambda) into the function&apos;s image; the handler names the file and the function to call.</source>
        <translation>Sloop kopiert die Dateien des Ordners (oder die der .zip-Datei, wie Sie sie zu Lambda hochladen würden) in das Image der Funktion; der Handler nennt die Datei und die aufzurufende Funktion.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Runtime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The code</source>
        <translation>Der Code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building the function&apos;s image on %1…</source>
        <translation>Das Image der Funktion wird auf %1 gebaut …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The function was not created</source>
        <translation>Die Funktion wurde nicht erstellt</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::CreationProgress</name>
    <message>
        <location filename="../widgets/instances/creationprogress.cpp" line="+25"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cancel creation</source>
        <translation>Erstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instances being created</source>
        <translation>Instanzen in Erstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the shown instance&apos;s creation</source>
        <translation>Die Erstellung der angezeigten Instanz abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the shown instance from the step that failed</source>
        <translation>Die angezeigte Instanz ab dem fehlgeschlagenen Schritt erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the shown failed instance</source>
        <translation>Die angezeigte fehlgeschlagene Instanz löschen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling %1: the running step is stopped, and the instance is left failed so it can be retried or deleted.</source>
        <translation>%1 wird abgebrochen: Der laufende Schritt wird gestoppt, und die Instanz bleibt als fehlgeschlagen stehen, damit sie erneut versucht oder gelöscht werden kann.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting %1 failed: %2</source>
        <translation>Löschen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::DeleteInstanceDialog</name>
    <message>
        <location filename="../widgets/instances/deleteinstancedialog.cpp" line="+15"/>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Delete &lt;b&gt;%1&lt;/b&gt;? Its container and everything in it are removed, with its login host record and its known_hosts entry. Its snapshots stay, so it can be restored as a new instance.&lt;/p&gt;&lt;p&gt;Type the instance name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; löschen? Ihr Container und alles darin werden entfernt, zusammen mit ihrem Host-Eintrag für die Anmeldung und ihrem known_hosts-Eintrag. Ihre Snapshots bleiben erhalten, sodass sie als neue Instanz wiederhergestellt werden kann.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen der Instanz ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Delete &lt;b&gt;%1&lt;/b&gt; from Sloop? The server itself keeps running and keeps what the blueprint installed; Sloop forgets the instance and its history.&lt;/p&gt;&lt;p&gt;Type the instance name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; aus Sloop löschen? Der Server selbst läuft weiter und behält, was die Vorlage installiert hat; Sloop vergisst die Instanz und ihren Verlauf.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen der Instanz ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance name, to confirm</source>
        <translation>Name der Instanz zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FileBrowser</name>
    <message>
        <location filename="../widgets/hosts/filebrowser.cpp" line="+47"/>
        <source>Files on %1</source>
        <translation>Dateien auf %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the parent folder (Alt+Up)</source>
        <translation>Zum übergeordneten Ordner wechseln (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the login folder</source>
        <translation>Zum Home-Ordner des angemeldeten Benutzers wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote folder</source>
        <translation>Ordner auf dem Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder on the host, e.g. /var/www</source>
        <translation>Ordner auf dem Host, z. B. /var/www</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+232"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Upload…</source>
        <translation>Hochladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This folder is empty.
Drop files here to upload them.</source>
        <translation>Dieser Ordner ist leer.
Dateien hierher ziehen, um sie hochzuladen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not connected to %1.
%2</source>
        <translation>Nicht mit %1 verbunden.
%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not connected to %1.
Refresh to try again.</source>
        <translation>Nicht mit %1 verbunden.
Zum erneuten Versuch aktualisieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A folder name cannot contain &quot;/&quot;.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (folder, with everything in it)</source>
        <translation>%1 (Ordner, mit seinem gesamten Inhalt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete on %1</source>
        <translation>Auf %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from %2? This cannot be undone.</source>
        <translation>%1 von %2 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Element von %1 löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Elemente von %1 löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Upload to %1 on %2</source>
        <translation>Nach %1 auf %2 hochladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file; folders cannot be uploaded yet.</source>
        <translation>%1 ist keine Datei; Ordner können noch nicht hochgeladen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Download to folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a folder; folders cannot be downloaded yet.</source>
        <translation>%1 ist ein Ordner; Ordner können noch nicht heruntergeladen werden.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionCodePane</name>
    <message>
        <location filename="../widgets/functions/functioncodepane.cpp" line="+114"/>
        <source>&amp;Save and deploy</source>
        <translation>&amp;Speichern und bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New file…</source>
        <translation>&amp;Neue Datei …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The function&apos;s files</source>
        <translation>Die Dateien der Funktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code editor</source>
        <translation>Code-Editor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the code and deploy it</source>
        <translation>Den Code speichern und bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds the function&apos;s image with this code (Ctrl+S); the next invocation runs it.</source>
        <translation>Baut das Image der Funktion mit diesem Code (Strg+S); der nächste Aufruf führt ihn aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the changes not deployed</source>
        <translation>Die nicht bereitgestellten Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected file from the code</source>
        <translation>Die ausgewählte Datei aus dem Code entfernen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The code of %1 is its container image, %2. Build a new image and deploy it with &quot;sloop functions deploy %1 --image REF&quot;.</source>
        <translation>Der Code der Funktion %1 ist ihr Container-Image %2. Bauen Sie ein neues Image und stellen Sie es mit „sloop functions deploy %1 --image REF“ bereit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code is not kept on this machine: %1</source>
        <translation>Der Code wird nicht auf diesem Rechner aufbewahrt: %1</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>The code cannot be read: %1</source>
        <translation>Der Code kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 is %2 bytes of binary or large content: it is deployed as it is, not edited here.</source>
        <translation>%1 umfasst %2 Bytes binären oder umfangreichen Inhalt: Die Datei wird unverändert bereitgestellt und nicht hier bearbeitet.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path in the function&apos;s folder:</source>
        <translation>Pfad im Ordner der Funktion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be added: give a new path inside the function&apos;s folder.</source>
        <translation>%1 kann nicht hinzugefügt werden: Geben Sie einen neuen Pfad innerhalb des Ordners der Funktion an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is nothing to deploy: a function needs at least one file.</source>
        <translation>Es gibt nichts bereitzustellen: Eine Funktion braucht mindestens eine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the image of %1 on %2…</source>
        <translation>Das Image von %1 wird auf %2 gebaut …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deployed: %1 Your changes are kept.</source>
        <translation>Nicht bereitgestellt: %1 Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deployed at %1: the next invocation runs it.</source>
        <translation>Um %1 bereitgestellt: Der nächste Aufruf führt den neuen Code aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Changes not deployed yet.</source>
        <translation>Änderungen noch nicht bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionConfigDialog</name>
    <message>
        <location filename="../widgets/functions/functionconfigdialog.cpp" line="+36"/>
        <source>Reserve: at most</source>
        <translation>Reservieren: höchstens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does (optional)</source>
        <translation>Was sie tut (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ephemeral storage (/tmp)</source>
        <translation>Flüchtiger Speicher (/tmp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reserve concurrency</source>
        <translation>Parallelität reservieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved concurrency</source>
        <translation>Reservierte Parallelität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 throttles every invocation: Lambda&apos;s way to pause a function.</source>
        <translation>0 drosselt jeden Aufruf: So wird bei Lambda eine Funktion pausiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: no network inside</source>
        <translation>Aus: kein Netzwerk im Inneren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: the engine&apos;s default network</source>
        <translation>An: das Standardnetzwerk der Engine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the selected variable</source>
        <translation>Die ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ephemeral storage (/tmp):</source>
        <translation>&amp;Flüchtiger Speicher (/tmp):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving retires the warm environments: the next invocation starts one with the new configuration.</source>
        <translation>Beim Speichern werden die warmen Ausführungsumgebungen beendet: Der nächste Aufruf startet eine mit der neuen Konfiguration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment variables:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On, joining %1</source>
        <translation>An, tritt %1 bei</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is set twice.</source>
        <translation>%1 ist doppelt gesetzt.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionConfigPane</name>
    <message>
        <location filename="../widgets/functions/functionconfigpane.cpp" line="+24"/>
        <source>&amp;Edit configuration…</source>
        <translation>&amp;Konfiguration bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;asynchronous invocation…</source>
        <translation>Asynchronen Aufruf &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the function&apos;s memory, timeout, network and variables</source>
        <translation>Speicher, Zeitlimit, Netzwerk und Variablen der Funktion bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit how Event invocations are retried</source>
        <translation>Bearbeiten, wie Event-Aufrufe wiederholt werden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source image</source>
        <translation>Quell-Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMD override</source>
        <translation>CMD-Überschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (the image&apos;s CMD)</source>
        <translation>keine (das CMD des Images)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Ephemeral storage (/tmp)</source>
        <translation>Flüchtiger Speicher (/tmp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 at once</source>
        <translation>höchstens %1 gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreserved (up to %1 at once)</source>
        <translation>nicht reserviert (bis zu %1 gleichzeitig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on, joins %1</source>
        <translation>an, tritt %1 bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1</source>
        <translation>in den Ordner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the function %1</source>
        <translation>an die Funktion %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+7"/>
        <source>Asynchronous invocation</source>
        <translation>Asynchroner Aufruf</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Retries: %1 · Maximum event age: %2 · On failure: %3</source>
        <translation>Wiederholungsversuche: %1 · Maximales Ereignisalter: %2 · Bei Fehler: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events waiting</source>
        <translation>Wartende Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionLogsPane</name>
    <message>
        <location filename="../widgets/functions/functionlogspane.cpp" line="+21"/>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live tail</source>
        <translation>Live &amp;mitverfolgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the logs</source>
        <translation>Die Logs filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: words, &quot;a phrase&quot;, -exclude, ?any</source>
        <translation>Filter: Wörter, &quot;eine Phrase&quot;, -ausschließen, ?beliebig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudWatch Logs&apos; filter patterns: an invocation is shown when one of its lines has every word (case matters), none of the -words, and one of the ?words.</source>
        <translation>Filtermuster wie bei CloudWatch Logs: Ein Aufruf wird angezeigt, wenn eine seiner Zeilen jedes Wort enthält (Groß-/Kleinschreibung zählt), keines der -Wörter und eines der ?Wörter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show failed invocations only</source>
        <translation>Nur fehlgeschlagene Aufrufe anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add invocations as they happen</source>
        <translation>Aufrufe hinzufügen, sobald sie stattfinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds each invocation as it is stored, whether the window, the CLI, a schedule or AWS&apos;s SDK invoked it.</source>
        <translation>Fügt jeden Aufruf hinzu, sobald er gespeichert wird, ob ihn das Fenster, die CLI, ein Zeitplan oder das SDK von AWS ausgelöst hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The function&apos;s latest invocations</source>
        <translation>Die letzten Aufrufe der Funktion</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No invocation matches.</source>
        <translation>Kein Aufruf passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invocations yet. Invoke the function on the Test tab, or with &quot;sloop functions invoke NAME&quot;.</source>
        <translation>Noch keine Aufrufe. Rufen Sie die Funktion auf dem Tab „Test“ oder mit „sloop functions invoke NAME“ auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The logs cannot be read: %1</source>
        <translation>Die Logs können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n matching</source>
        <translation>
            <numerusform>%n passender</numerusform>
            <numerusform>%n passende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the latest %n</source>
        <translation>
            <numerusform>%n neuester</numerusform>
            <numerusform>die %n neuesten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n shown, live</source>
        <translation>
            <numerusform>%n angezeigt, live</numerusform>
            <numerusform>%n angezeigt, live</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionTestPane</name>
    <message>
        <location filename="../widgets/functions/functiontestpane.cpp" line="+57"/>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoke</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Invoke the function with the test event</source>
        <translation>Die Funktion mit dem Testereignis aufrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the function returns appears here.</source>
        <translation>Was die Funktion zurückgibt, erscheint hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invocation&apos;s log: START, what the handler printed, END and REPORT.</source>
        <translation>Das Log des Aufrufs: START, was der Handler ausgegeben hat, END und REPORT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event (JSON)</source>
        <translation>Ereignis (JSON)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a function to test it.</source>
        <translation>Wählen Sie eine Funktion, um sie zu testen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the event and press Invoke to run %1 once.</source>
        <translation>Bearbeiten Sie das Ereignis und klicken Sie auf „Aufrufen“, um %1 einmal auszuführen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invoking %1…</source>
        <translation>%1 wird aufgerufen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not invoked: %1</source>
        <translation>Nicht aufgerufen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ms, billed %2 ms · %3 MB of %4 MB used</source>
        <translation>%1 ms, abgerechnet %2 ms · %3 MB von %4 MB belegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · cold start, init %1 ms</source>
        <translation> · Kaltstart, Init %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed with %1: %2</source>
        <translation>Fehlgeschlagen mit %1: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionTriggersPane</name>
    <message>
        <location filename="../widgets/functions/functiontriggerspane.cpp" line="+79"/>
        <source>&amp;Add schedule…</source>
        <translation>Zeitplan &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Turn o&amp;ff</source>
        <translation>Aus&amp;schalten</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>&amp;Remove schedule</source>
        <translation>Zeitplan ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;folder trigger…</source>
        <translation>&amp;Ordner-Auslöser hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <location line="+9"/>
        <source>Remove trigger</source>
        <translation>Auslöser entfernen</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Add a schedule that invokes this function</source>
        <translation>Einen Zeitplan hinzufügen, der diese Funktion aufruft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected schedule</source>
        <translation>Den ausgewählten Zeitplan entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next fire</source>
        <translation>Nächste Auslösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last fire</source>
        <translation>Letzte Auslösung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No schedules yet. A schedule invokes the function at set times, as EventBridge does: every 5 minutes, or every night at 02:00 in your time zone.</source>
        <translation>Noch keine Zeitpläne. Ein Zeitplan ruft die Funktion zu festgelegten Zeiten auf, wie EventBridge: alle 5 Minuten oder jede Nacht um 02:00 in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected schedule&apos;s latest fires</source>
        <translation>Die letzten Auslösungen des ausgewählten Zeitplans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latest fires</source>
        <translation>Letzte Auslösungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder triggers</source>
        <translation>Ordner-Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a folder bucket trigger to this function</source>
        <translation>Dieser Funktion einen Ordner-Bucket-Auslöser hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected folder trigger</source>
        <translation>Den ausgewählten Ordner-Auslöser entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder triggers (S3 events)</source>
        <translation>Ordner-Auslöser (S3-Ereignisse)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Schedules need Sloop&apos;s store, which could not be opened: %1</source>
        <translation>Zeitpläne brauchen den Speicher von Sloop, der nicht geöffnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The schedules cannot be read</source>
        <translation>Die Zeitpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invokes %1:%2</source>
        <translation>Ruft %1:%2 auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never again</source>
        <translation>nie wieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Add folder trigger</source>
        <translation>Ordner-Auslöser hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stop sending %1&apos;s object events to %2? The bucket and its files stay.</source>
        <translation>Keine Objektereignisse von %1 mehr an %2 senden? Der Bucket und seine Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Turn o&amp;n</source>
        <translation>Ein&amp;schalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected schedule off</source>
        <translation>Den ausgewählten Zeitplan ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected schedule on</source>
        <translation>Den ausgewählten Zeitplan einschalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No fires yet: the next one is in the list above.</source>
        <translation>Noch keine Auslösungen: die nächste steht in der Liste oben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From %1 to %2: %3</source>
        <translation>Von %1 bis %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add schedule</source>
        <translation>Zeitplan hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change schedule</source>
        <translation>Zeitplan ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Remove schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove the schedule &quot;%1&quot;? The function stays.</source>
        <translation>Den Zeitplan „%1“ entfernen? Die Funktion bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+121"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::FunctionsPage</name>
    <message>
        <location filename="../widgets/functions/functionspage.cpp" line="+74"/>
        <source>&amp;Create function…</source>
        <translation>Funktion &amp;erstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learn about functions</source>
        <translation>Mehr über Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn how functions work</source>
        <translation>Erfahren, wie Funktionen arbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lambda&apos;s API for AWS&apos;s CLI and SDKs (--endpoint-url). Sign requests with an access key from &quot;sloop credentials create&quot;.</source>
        <translation>Die Lambda-API für die CLI und die SDKs von AWS (--endpoint-url). Signieren Sie Anfragen mit einem Zugriffsschlüssel aus „sloop credentials create“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AWS-compatible endpoint: %1</source>
        <translation>AWS-kompatibler Endpunkt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Functions need Sloop&apos;s store, which could not be opened: %1</source>
        <translation>Funktionen brauchen den Speicher von Sloop, der nicht geöffnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create a function</source>
        <translation>Eine Funktion erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected function</source>
        <translation>Die ausgewählte Funktion löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Run code without keeping a server running</source>
        <translation>Code ausführen, ohne einen Server laufen zu lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A function is a handler, written as for AWS Lambda, that runs in a container only when it is called. Sloop keeps it warm while it is used, limits its memory and time, and logs every invocation.</source>
        <translation>Eine Funktion ist ein Handler, geschrieben wie für AWS Lambda, der nur dann in einem Container läuft, wenn er aufgerufen wird. Sloop hält ihn warm, solange er genutzt wird, begrenzt seinen Speicher und seine Laufzeit und protokolliert jeden Aufruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create your first function from a template:</source>
        <translation>Erstellen Sie Ihre erste Funktion aus einer Vorlage:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create a function from the template %1</source>
        <translation>Eine Funktion aus der Vorlage %1 erstellen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Or start from your own code…</source>
        <translation>Oder mit eigenem Code beginnen …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The functions cannot be read</source>
        <translation>Die Funktionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Lambda&apos;s prices cannot be read: %1</source>
        <translation>Die Lambda-Preise können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This month so far, from the kept invocation logs.</source>
        <translation>Bisher in diesem Monat, aus den gespeicherten Aufruf-Logs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 GB-seconds (billed duration × memory)</source>
        <translation>%1 GB-Sekunden (abgerechnete Dauer × Speicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Lambda, x86</source>
        <translation>Bei Lambda, x86</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (requests %2, duration %3)</source>
        <translation>%1 (Anfragen %2, Dauer %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Lambda, Arm</source>
        <translation>Bei Lambda, Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the free tier</source>
        <translation>Nach dem kostenlosen Kontingent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (x86) — the first %2 requests and %3 GB-seconds a month are free</source>
        <translation>%1 (x86) – die ersten %2 Anfragen und %3 GB-Sekunden im Monat sind kostenlos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>being worked out: %1&apos;s memory is being asked for</source>
        <translation>wird ermittelt: der Speicher von %1 wird abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown: state what %1 costs a month on the Pricing page (or with sloop costs set)</source>
        <translation>unbekannt: Geben Sie auf der Seite „Preise“ (oder mit sloop costs set) an, was %1 im Monat kostet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: its share of what %2 costs a month</source>
        <translation>%1: ihr Anteil an dem, was %2 im Monat kostet</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Prices: %1, %2 (%3).</source>
        <translation>Preise: %1, Stand %2 (%3).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Delete function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the function &quot;%1&quot;, its image, its code, its schedules and its logs?</source>
        <translation>Die Funktion „%1“, ihr Image, ihren Code, ihre Zeitpläne und ihre Logs löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::HistoryPane</name>
    <message>
        <location filename="../widgets/instances/historypane.cpp" line="+28"/>
        <source>Nothing has been done to this instance yet.</source>
        <translation>Mit dieser Instanz wurde noch nichts gemacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log of the chosen action</source>
        <translation>Log der ausgewählten Aktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an action to see its log.</source>
        <translation>Wählen Sie eine Aktion, um ihr Log zu sehen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;b&gt;Now: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1: done&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: erledigt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1: failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: fehlgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::HostDialog</name>
    <message>
        <location filename="../widgets/hosts/hostdialog.cpp" line="+32"/>
        <source>Edit host %1</source>
        <translation>Host %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server Sloop reaches over SSH. Passwords and key passphrases are asked for when Sloop connects and are never written to Sloop&apos;s files.</source>
        <translation>Ein Server, den Sloop über SSH erreicht. Passwörter und Passphrasen von Schlüsseln werden beim Verbinden abgefragt und nie in Sloops Dateien geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host name</source>
        <translation>Host-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web-1</source>
        <translation>web-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server.example.com or 192.0.2.10</source>
        <translation>server.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh-agent and ~/.ssh/id_* keys</source>
        <translation>ssh-agent und Schlüssel in ~/.ssh/id_*</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prod, eu (comma separated)</source>
        <translation>prod, eu (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a private key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the host</source>
        <translation>Problem mit dem Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::HostOverview</name>
    <message numerus="yes">
        <location filename="../widgets/hosts/hostoverview.cpp" line="+34"/>
        <source>%n day(s), %1 h</source>
        <translation>
            <numerusform>%n Tag, %1 h</numerusform>
            <numerusform>%n Tage, %1 h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and trust the key…</source>
        <translation>Schlüssel prüfen und vertrauen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the old key…</source>
        <translation>Alten Schlüssel vergessen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Disks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenträger&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name:</source>
        <translation>Host-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up for:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker:</source>
        <translation>Docker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH server:</source>
        <translation>SSH-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host key:</source>
        <translation>Host-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in with:</source>
        <translation>Angemeldet mit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sloop has not connected to this host yet in this session.</source>
        <translation>Sloop hat sich in dieser Sitzung noch nicht mit diesem Host verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting and reading the host&apos;s facts…</source>
        <translation>Verbindung wird hergestellt und Host-Informationen werden gelesen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected in %1 ms; checked %2.</source>
        <translation>In %1 ms verbunden; geprüft um %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 available of %2</source>
        <translation>%1 von %2 verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installed: its engine can be used from Sloop</source>
        <translation>Installiert: Die Engine lässt sich aus Sloop nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::HostTerminalPane</name>
    <message>
        <location filename="../widgets/hosts/hostterminalpane.cpp" line="+26"/>
        <source>A shell on %1 over its SSH session (xterm-256color). Several shells can be open in tabs; they share one connection.</source>
        <translation>Eine Shell auf %1 über seine SSH-Sitzung (xterm-256color). Mehrere Shells können in Tabs offen sein; sie teilen sich eine Verbindung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a shell</source>
        <translation>Shell öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a shell on %1</source>
        <translation>Eine Shell auf %1 öffnen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::HostsPage</name>
    <message>
        <location filename="../widgets/hosts/hostspage.cpp" line="+90"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a server Sloop reaches over SSH</source>
        <translation>Einen Server hinzufügen, den Sloop über SSH erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+332"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+80"/>
        <source>Import from SSH config…</source>
        <translation>Aus SSH-Konfiguration importieren …</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Add the hosts of ~/.ssh/config, read with libssh&apos;s own parser</source>
        <translation>Die Hosts aus ~/.ssh/config hinzufügen, gelesen mit dem eigenen Parser von libssh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect again and read the host&apos;s facts</source>
        <translation>Erneut verbinden und die Host-Informationen lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Filter hosts</source>
        <translation>Hosts filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the hosts with this tag</source>
        <translation>Die Hosts mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;h2&gt;No hosts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Hosts&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a server you can reach over SSH: a VPS, a machine at home, a Raspberry Pi. Sloop checks its host key, signs in with your agent, a key or a password, and shows its facts, files, a terminal and its Docker engine.</source>
        <translation>Fügen Sie einen Server hinzu, den Sie über SSH erreichen: einen VPS, einen Rechner zu Hause, einen Raspberry Pi. Sloop prüft seinen Host-Schlüssel, meldet sich mit Ihrem Agent, einem Schlüssel oder einem Passwort an und zeigt seine Eckdaten, Dateien, ein Terminal und seine Docker-Engine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add host…</source>
        <translation>Host hinzufügen …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a host to see its overview.</source>
        <translation>Einen Host auswählen, um seine Übersicht zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hosts list cannot be shown: %1</source>
        <translation>Die Host-Liste kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hosts list cannot be read: %1</source>
        <translation>Die Host-Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+7"/>
        <source>Remove host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove %1 from Sloop?</source>
        <translation>%1 aus Sloop entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server itself is not touched, and its key stays in known_hosts.</source>
        <translation>Der Server selbst bleibt unberührt, und sein Schlüssel bleibt in known_hosts.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Forget the old key</source>
        <translation>Alten Schlüssel vergessen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ImagePullBar</name>
    <message>
        <location filename="../widgets/engine/imagepullbar.cpp" line="+22"/>
        <source>Image to pull, e.g. 127.0.0.1:5000/sloop/busybox:latest</source>
        <translation>Zu holendes Image, z. B. 127.0.0.1:5000/sloop/busybox:latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image reference to pull</source>
        <translation>Zu holende Image-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image reference: [registry/]repository[:tag]</source>
        <translation>Eine Image-Referenz: [registry/]repository[:tag]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull</source>
        <translation>Holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull image</source>
        <translation>Image holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the image from its registry onto this engine</source>
        <translation>Das Image aus seiner Registry auf diese Engine laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull status</source>
        <translation>Status des Holens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull progress</source>
        <translation>Fortschritt des Holens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes downloaded over all layers</source>
        <translation>Heruntergeladene Bytes über alle Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel pull</source>
        <translation>Holen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading this image</source>
        <translation>Das Herunterladen dieses Images beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull image:</source>
        <translation>Image holen:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Asking the engine to pull %1…</source>
        <translation>Die Engine wird gebeten, %1 zu holen …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2 of %3, %4 of %5 layers</source>
        <translation>%1 — %2 von %3, %4 von %5 Schichten</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ImagesPage</name>
    <message>
        <location filename="../widgets/engine/imagespage.cpp" line="+36"/>
        <location line="+33"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pulled %1.</source>
        <translation>%1 geholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull of %1 cancelled.</source>
        <translation>Holen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not pull %1: %2</source>
        <translation>%1 konnte nicht geholt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Remove the selected images from this engine (Delete)</source>
        <translation>Die ausgewählten Images von dieser Engine entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prune unused</source>
        <translation>Unbenutzte aufräumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove dangling images: no tag and no container using them</source>
        <translation>Verwaiste Images entfernen: ohne Tag und von keinem Container genutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the engine&apos;s images again</source>
        <translation>Die Images der Engine neu auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images on this engine; select rows to remove them</source>
        <translation>Images auf dieser Engine; Zeilen auswählen, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine selected. Choose an engine to see its images.</source>
        <translation>Keine Engine gewählt. Wählen Sie eine Engine, um ihre Images zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No images yet. Pull one above, for example 127.0.0.1:5000/sloop/busybox:latest</source>
        <translation>Noch keine Images. Oben eines holen, zum Beispiel 127.0.0.1:5000/sloop/busybox:latest</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not list images</source>
        <translation>Images konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove images</source>
        <translation>Images entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this image from %1?</source>
        <translation>Dieses Image von %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these %1 images from %2?</source>
        <translation>Diese %1 Images von %2 entfernen?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove:
%1</source>
        <translation>Konnte nicht entfernt werden:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in use</source>
        <translation>Images in Gebrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine will not remove these images without force. Containers that use them keep running but lose their image&apos;s name. Remove by force?</source>
        <translation>Ohne Erzwingen entfernt die Engine diese Images nicht. Container, die sie nutzen, laufen weiter, verlieren aber den Namen ihres Images. Erzwungen entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove by force</source>
        <translation>Erzwungen entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prune unused images</source>
        <translation>Unbenutzte Images aufräumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every dangling image on %1?</source>
        <translation>Alle verwaisten Images auf %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangling images have no tag and no container uses them. Tagged images stay.</source>
        <translation>Verwaiste Images haben kein Tag, und kein Container nutzt sie. Images mit Tag bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prune</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not prune images</source>
        <translation>Images konnten nicht aufgeräumt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pruned unused images; %1 reclaimed.</source>
        <translation>Unbenutzte Images aufgeräumt; %1 frei geworden.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::InstanceDetailsForm</name>
    <message>
        <location filename="../widgets/instances/instancedetailsform.cpp" line="+27"/>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web-1</source>
        <translation>web-1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of instances</source>
        <translation>Anzahl der Instanzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prod, team=web (comma separated)</source>
        <translation>prod, team=web (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the name or tags</source>
        <translation>Problem mit dem Namen oder den Tags</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names: a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (they are also the container&apos;s and the SSH login&apos;s name). Tags: letters, digits and _.:=+@/- (key=value works), no spaces.</source>
        <translation>Namen: ein Buchstabe oder eine Ziffer, dann Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; (sie sind auch der Name des Containers und der SSH-Anmeldung). Tags: Buchstaben, Ziffern und _.:=+@/- (schlüssel=wert geht), keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A whole server is one instance</source>
        <translation>Ein ganzer Server ist eine Instanz</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; cannot be an instance name: use a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, at most 64.</source>
        <translation>„%1“ kann kein Instanzname sein: einen Buchstaben oder eine Ziffer, dann Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; verwenden, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already taken by an instance or SSH host: %1.</source>
        <translation>Schon von einer Instanz oder einem SSH-Host belegt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be a tag: use letters, digits and _.:=+@/- only, no spaces.</source>
        <translation>„%1“ kann kein Tag sein: nur Buchstaben, Ziffern und _.:=+@/- verwenden, keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Makes %1 … %2</source>
        <translation>Erstellt %1 … %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::InstanceOverview</name>
    <message>
        <location filename="../widgets/instances/instanceoverview.cpp" line="+62"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Notes from the blueprint&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinweise der Vorlage&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why the instance failed</source>
        <translation>Warum die Instanz fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the blueprint again from the step that failed</source>
        <translation>Die Vorlage ab dem fehlgeschlagenen Schritt erneut ausführen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blueprint:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightsail price:</source>
        <translation>Lightsail-Preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sloop estimate:</source>
        <translation>Schätzung von Sloop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH address:</source>
        <translation>SSH-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in by hand:</source>
        <translation>Manuell anmelden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes from the blueprint</source>
        <translation>Hinweise der Vorlage</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>System container on the engine %1</source>
        <translation>System-Container auf der Engine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole server %1, reached over SSH</source>
        <translation>Ganzer Server %1, über SSH erreicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning failed</source>
        <translation>Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 in progress</source>
        <translation>%1, %2 läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2 transfer a month</source>
        <translation>%1, %2 Datenvolumen im Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) for the same plan on Amazon Lightsail</source>
        <translation>%1 (%2) für denselben Tarif bei Amazon Lightsail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, its share (by memory) of what %2 costs you</source>
        <translation>%1, ihr Anteil (nach Speicher) an dem, was %2 Sie kostet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cost stated for %1: set one with sloop costs set %1 AMOUNT</source>
        <translation>Keine Kosten für %1 angegeben: Legen Sie sie mit sloop costs set %1 BETRAG fest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (engine)</source>
        <translation>%1 (Engine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (SSH host)</source>
        <translation>%1 (SSH-Host)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::InstancesPage</name>
    <message>
        <location filename="../widgets/instances/instancespage.cpp" line="+67"/>
        <source>&lt;h2&gt;No instances yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Instanzen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An instance is a server of your own, like a Lightsail instance: a system container on a Docker engine (with its own SSH, plan limits and stable ports) or a whole server you reach over SSH. Pick a blueprint (an OS, or an app such as WordPress or Nginx), a plan with its monthly price, and Sloop builds it step by step and shows you how to log in.</source>
        <translation>Eine Instanz ist ein eigener Server, wie eine Lightsail-Instanz: ein System-Container auf einer Docker-Engine (mit eigenem SSH, Tariflimits und festen Ports) oder ein ganzer Server, den Sie über SSH erreichen. Wählen Sie eine Vorlage (ein Betriebssystem oder eine App wie WordPress oder Nginx) und einen Tarif mit seinem Monatspreis, und Sloop baut die Instanz Schritt für Schritt auf und zeigt Ihnen, wie Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create instance…</source>
        <translation>Instanz erstellen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn about instances</source>
        <translation>Mehr über Instanzen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Create instance</source>
        <translation>Instanz erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a blueprint and a plan (Ctrl+N)</source>
        <translation>Vorlage und Tarif wählen (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+122"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Open a terminal on the instance</source>
        <translation>Ein Terminal auf der Instanz öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/instances/instancespageactions.cpp" line="+58"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the stopped instance</source>
        <translation>Die gestoppte Instanz starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/instances/instancespageactions.cpp" line="+5"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the instance; its disk and ports are kept</source>
        <translation>Die Instanz stoppen; ihre Festplatte und Ports bleiben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/instances/instancespageactions.cpp" line="+5"/>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the instance</source>
        <translation>Die Instanz neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the instance (Delete); you type its name to confirm</source>
        <translation>Die Instanz löschen (Entf); zur Bestätigung geben Sie ihren Namen ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags group instances and their hosts</source>
        <translation>Tags gruppieren Instanzen und ihre Hosts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show instances as cards instead of a list</source>
        <translation>Instanzen als Karten statt als Liste anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Filter instances</source>
        <translation>Instanzen filtern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Instances as cards</source>
        <translation>Instanzen als Karten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an instance to see its overview.</source>
        <translation>Wählen Sie eine Instanz, um ihre Übersicht zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Instances cannot be shown: %1</source>
        <translation>Instanzen können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instances cannot be read: %1</source>
        <translation>Die Instanzen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1 has no SSH login yet: it gets one once its container or server answers SSH.</source>
        <translation>%1 hat noch keine SSH-Anmeldung: Sie wird eingerichtet, sobald der Container oder Server auf SSH antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Or from your own terminal: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Oder aus Ihrem eigenen Terminal: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/instances/instancespageactions.cpp" line="-17"/>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 %2</source>
        <translation>%2 – %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas or spaces:</source>
        <translation>Tags, durch Kommas oder Leerzeichen getrennt:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; cannot be a tag: use letters, digits and _.:=+@/- (no spaces or quotes), at most 64.</source>
        <translation>„%1“ kann kein Tag sein: Buchstaben, Ziffern und _.:=+@/- verwenden (keine Leerzeichen oder Anführungszeichen), höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../widgets/instances/instancespagecosts.cpp" line="+30"/>
        <source>Costs cannot be shown: %1</source>
        <translation>Kosten können nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;b&gt;%n instance(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Instanz&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Instanzen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightsail equivalent: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vergleichbar bei Lightsail: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sloop estimate: &lt;b&gt;%1&lt;/b&gt; of the %2 you pay</source>
        <translation>Schätzung von Sloop: &lt;b&gt;%1&lt;/b&gt; von den %2, die Sie zahlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: memory not known yet</source>
        <translation>%1: Speicher noch nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n instance(s), %2 of %3</source>
        <translation>
            <numerusform>%1: %n Instanz, %2 von %3</numerusform>
            <numerusform>%1: %n Instanzen, %2 von %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: no cost stated (set one with &lt;code&gt;sloop costs set %1 AMOUNT&lt;/code&gt;)</source>
        <translation>%1: keine Kosten angegeben (legen Sie sie mit &lt;code&gt;sloop costs set %1 BETRAG&lt;/code&gt; fest)</translation>
    </message>
    <message>
        <location filename="../widgets/instances/instancespagemonitoring.cpp" line="+42"/>
        <source>The default alarms for %1 could not be made: %2</source>
        <translation>Die Standardalarme für %1 konnten nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::JobDetailPane</name>
    <message>
        <location filename="../widgets/batch/jobdetailpane.cpp" line="+41"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+79"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attempt&apos;s log</source>
        <translation>Das Log des Versuchs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the selected attempt wrote appears here once it ends.</source>
        <translation>Was der ausgewählte Versuch ausgegeben hat, erscheint hier, sobald er endet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a job to see its attempts, its log and why it is where it is.</source>
        <translation>Wählen Sie einen Job aus, um seine Versuche, sein Log und den Grund für seinen aktuellen Status zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, child %2</source>
        <translation>%1, Kind-Job %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s own</source>
        <translation>der des Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 vCPU, %2 MiB, %n attempt(s)</source>
        <translation>
            <numerusform>%1 vCPU, %2 MiB, %n Versuch</numerusform>
            <numerusform>%1 vCPU, %2 MiB, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the previous child</source>
        <translation>der vorherige Kind-Job</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On AWS</source>
        <translation>Auf AWS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1 with Fargate, %2 with EC2 (%3), at the prices of %4</source>
        <translation>etwa %1 mit Fargate, %2 mit EC2 (%3), zu den Preisen vom %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no type fits</source>
        <translation>kein Typ passt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 children: %2. Click a cell to open that child.</source>
        <translation>%1 Kind-Jobs: %2. Klicken Sie auf eine Zelle, um diesen Kind-Job zu öffnen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not started yet.</source>
        <translation>Noch nicht gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It never ran.</source>
        <translation>Er ist nie gelaufen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This attempt is running; its log is kept when it ends. To follow it now: sloop batch logs %1 -f</source>
        <translation>Dieser Versuch läuft; sein Log wird aufbewahrt, wenn er endet. Um es jetzt zu verfolgen: sloop batch logs %1 -f</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[The start of this log was cut: the last %1 MiB are kept.]
</source>
        <translation>[Der Anfang dieses Logs wurde abgeschnitten: Die letzten %1 MiB werden behalten.]
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(It wrote nothing.)</source>
        <translation>(Er hat nichts ausgegeben.)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::KeyPairPicker</name>
    <message>
        <location filename="../widgets/instances/keypairpicker.cpp" line="+25"/>
        <source>&amp;Generate a new ed25519 key pair for this instance</source>
        <translation>Ein neues ed25519-Schlüsselpaar für diese Instanz &amp;generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use an existing private key</source>
        <translation>Einen vorhandenen privaten Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generate a new key pair</source>
        <translation>Ein neues Schlüsselpaar generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an existing private key</source>
        <translation>Einen vorhandenen privaten Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a private key file</source>
        <translation>Private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint</source>
        <translation>Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The private key stays on this machine, in %1 (readable by you only); the instance gets the public half. Sloop logs in with it and so can you: ssh -i %1/NAME.</source>
        <translation>Der private Schlüssel bleibt auf diesem Rechner, in %1 (nur für Sie lesbar); die Instanz erhält die öffentliche Hälfte. Sloop meldet sich damit an, und Sie können es auch: ssh -i %1/NAME.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a private key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A whole server keeps its own login: Sloop signs in as %1, as the Hosts page does. No key is made or added.</source>
        <translation>Ein ganzer Server behält seine eigene Anmeldung: Sloop meldet sich als %1 an, wie auf der Seite „Hosts“. Es wird kein Schlüssel erzeugt oder hinzugefügt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server&apos;s own login</source>
        <translation>Die eigene Anmeldung des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new ed25519 key pair</source>
        <translation>Ein neues ed25519-Schlüsselpaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the private key the instance will accept.</source>
        <translation>Wählen Sie den privaten Schlüssel, den die Instanz akzeptieren soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::LaunchScriptEditor</name>
    <message>
        <location filename="../widgets/instances/launchscripteditor.cpp" line="+41"/>
        <source>&amp;Save as my blueprint…</source>
        <translation>Als eigene Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs after the blueprint, like Lightsail&apos;s launch script. Write #cloud-config user-data (packages, write_files, runcmd, users…), or a script starting with &quot;#!&quot;. Leave it empty to run the blueprint alone.</source>
        <translation>Läuft nach der Vorlage, wie das Startskript bei Lightsail. Schreiben Sie #cloud-config-user-data (packages, write_files, runcmd, users …) oder ein Skript, das mit „#!“ beginnt. Leer lassen, um nur die Vorlage auszuführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Launch script</source>
        <translation>Startskript</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems in the launch script</source>
        <translation>Probleme im Startskript</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Launch script check</source>
        <translation>Prüfung des Startskripts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a user-data file</source>
        <translation>Eine user-data-Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the launch script as my blueprint</source>
        <translation>Das Startskript als eigene Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this #cloud-config as a blueprint of your own: it appears under My blueprints</source>
        <translation>Diese #cloud-config als eigene Vorlage behalten: Sie erscheint unter „Meine Vorlagen“</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No launch script: the blueprint runs alone.</source>
        <translation>Kein Startskript: Nur die Vorlage wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem: fix it to go on.</source>
        <translation>1 Problem: Beheben Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 problems: fix them to go on.</source>
        <translation>%1 Probleme: Beheben Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ A script: it runs as one step after the blueprint.</source>
        <translation>✓ Ein Skript: Es läuft als ein Schritt nach der Vorlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Valid #cloud-config.</source>
        <translation>✓ Gültige #cloud-config.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open user-data</source>
        <translation>user-data öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-data (*.yaml *.yml *.cfg *.txt *.sh);;All files (*)</source>
        <translation>User-data (*.yaml *.yml *.cfg *.txt *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than 1 MB; a launch script should be small.</source>
        <translation>%1 ist größer als 1 MB; ein Startskript sollte klein sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as my blueprint</source>
        <translation>Als eigene Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the blueprint (it appears under My blueprints):</source>
        <translation>Name der Vorlage (sie erscheint unter „Meine Vorlagen“):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Saved as the blueprint &quot;%1&quot; (under My blueprints).</source>
        <translation>✓ Als Vorlage „%1“ gespeichert (unter „Meine Vorlagen“).</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::LearnCardWidget</name>
    <message>
        <location filename="../widgets/learn/learncardwidget.cpp" line="+58"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Sloop</source>
        <translation>In Sloop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try %1 in Sloop</source>
        <translation>%1 in Sloop ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page where you can try this</source>
        <translation>Die Seite öffnen, auf der Sie das ausprobieren können</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try it: create a function</source>
        <translation>Ausprobieren: eine Funktion erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a hello-world function from a template; then press Invoke on its Test tab</source>
        <translation>Erstellen Sie eine Hello-World-Funktion aus einer Vorlage und klicken Sie dann auf dem Tab „Test“ auf „Aufrufen“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try it: make an API with a key</source>
        <translation>Ausprobieren: eine API mit Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a function behind GET /hello, an API key and a usage plan; then press Send on the APIs page</source>
        <translation>Eine Funktion hinter GET /hello, einen API-Schlüssel und einen Nutzungsplan erstellen; dann auf der Seite „APIs“ auf „Senden“ klicken</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::LearnPage</name>
    <message>
        <location filename="../widgets/learn/learnpage.cpp" line="+30"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learn the cloud by running it</source>
        <translation>Die Cloud lernen, indem man sie betreibt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each card explains one cloud idea in a few sentences, says what it becomes in Sloop, and opens the page where you can try it on your own machines.</source>
        <translation>Jede Karte erklärt eine Cloud-Idee in wenigen Sätzen, sagt, was daraus in Sloop wird, und öffnet die Seite, auf der Sie es auf Ihren eigenen Rechnern ausprobieren können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter topics, e.g. &quot;container&quot; or &quot;Lambda&quot;</source>
        <translation>Themen filtern, z. B. „Container“ oder „Lambda“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No topic matches &quot;%1&quot;.</source>
        <translation>Kein Thema passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::LocationPicker</name>
    <message>
        <location filename="../widgets/instances/locationpicker.cpp" line="+45"/>
        <source>No SSH hosts yet. Add one on the Hosts page to turn a whole server into an instance.</source>
        <translation>Noch keine SSH-Hosts. Fügen Sie auf der Seite „Hosts“ einen hinzu, um einen ganzen Server zu einer Instanz zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH hosts</source>
        <translation>SSH-Hosts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System container on a Docker engine</source>
        <translation>System-Container auf einer Docker-Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Debian container with its own init, sshd and the plan&apos;s CPU and memory limits. Quick to make and to throw away; many fit on one machine.</source>
        <translation>Ein Debian-Container mit eigenem init, sshd und den CPU- und Speicherlimits des Tarifs. Schnell erstellt und wieder verworfen; viele passen auf einen Rechner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole server over SSH</source>
        <translation>Ganzer Server über SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server from your Hosts becomes the instance: the blueprint is applied to it over SSH, as its own login user.</source>
        <translation>Ein Server aus Ihren Hosts wird zur Instanz: Die Vorlage wird über SSH auf ihn angewendet, mit seinem eigenen Anmeldebenutzer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System container on this machine&apos;s %1 engine (%2)</source>
        <translation>System-Container auf der %1-Engine dieses Rechners (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System container on the Docker engine of SSH host %1</source>
        <translation>System-Container auf der Docker-Engine des SSH-Hosts %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole server %1@%2:%3</source>
        <translation>Der ganze Server %1@%2:%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already the server of instance %1</source>
        <translation>Bereits der Server der Instanz %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>System container on engine %1</source>
        <translation>System-Container auf Engine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole server %1, over SSH</source>
        <translation>Ganzer Server %1, über SSH</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::LogView</name>
    <message>
        <location filename="../widgets/containers/logview.cpp" line="+26"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Container log</source>
        <translation>Container-Log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the log (Enter for next)</source>
        <translation>Im Log suchen (Eingabetaste für den nächsten Treffer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow new lines</source>
        <translation>Neuen Zeilen folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole log</source>
        <translation>Das ganze Log kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the log view</source>
        <translation>Die Log-Ansicht leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this view; the container&apos;s log is not changed</source>
        <translation>Diese Ansicht leeren; das Log des Containers bleibt unverändert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The container stopped; the log ends here.</source>
        <translation>Der Container wurde gestoppt; das Log endet hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log stopped: %1</source>
        <translation>Das Log wurde beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the log…</source>
        <translation>Dem Log wird gefolgt …</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not in the log.</source>
        <translation>„%1“ kommt im Log nicht vor.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+56"/>
        <source>Sloop</source>
        <translation>Sloop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Container services</source>
        <translation>Containerdienste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sloop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sloop&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: </source>
        <translation>Engine: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active engine</source>
        <translation>Aktive Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The container engine the pages show and act on</source>
        <translation>Die Container-Engine, die die Seiten anzeigen und steuern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Engine status</source>
        <translation>Engine-Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History not saved: %1</source>
        <translation>Verlauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics collection</source>
        <translation>Metrikerfassung</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Command log</source>
        <translation>&amp;Befehlsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every engine call Sloop makes</source>
        <translation>Jeden Engine-Aufruf von Sloop anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learn the concepts</source>
        <translation>&amp;Konzepte kennenlernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Sloop</source>
        <translation>Ü&amp;ber Sloop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Sloop</source>
        <translation>Über Sloop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Sloop %1&lt;/h3&gt;&lt;p&gt;A simple cloud console for the servers and engines you own.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sloop %1&lt;/h3&gt;&lt;p&gt;Eine einfache Cloud-Konsole für die Server und Engines, die Ihnen gehören.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::MetricChart</name>
    <message>
        <location filename="../widgets/monitoring/metricchart.cpp" line="+86"/>
        <source>%1 chart</source>
        <translation>%1-Diagramm</translation>
    </message>
    <message>
        <location filename="../widgets/monitoring/metricchartexport.cpp" line="+37"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart</source>
        <translation>diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/monitoring/metricchartinput.cpp" line="+68"/>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (min %2, max %3)</source>
        <translation>%1 (min. %2, max. %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::MetricsDashboard</name>
    <message>
        <location filename="../widgets/monitoring/metricsdashboard.cpp" line="+38"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk usage</source>
        <translation>Datenträgerbelegung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status check failures</source>
        <translation>Fehlgeschlagene Statusprüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttles</source>
        <translation>Drosselungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Concurrent executions</source>
        <translation>Gleichzeitige Ausführungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API latency (ms)</source>
        <translation>API-Latenz (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API cache</source>
        <translation>API-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async event age (s)</source>
        <translation>Alter asynchroner Ereignisse (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest event</source>
        <translation>Ältestes Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-letter errors</source>
        <translation>Dead-Letter-Fehler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Metrics of %1</source>
        <translation>Metriken von %1</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Choose a host or container to see its metrics.</source>
        <translation>Wählen Sie einen Host oder Container, um seine Metriken zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No requests to %1 yet.
Each minute with requests gets its points (while a window or `sloop serve` serves it).</source>
        <translation>Noch keine Anfragen an %1.
Jede Minute mit Anfragen erhält ihre Datenpunkte (solange ein Fenster oder `sloop serve` die API ausliefert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No invocations of %1 yet.
Each minute with invocations gets its points (while a window or `sloop serve` runs it).</source>
        <translation>Noch keine Aufrufe von %1.
Jede Minute mit Aufrufen erhält ihre Datenpunkte (solange ein Fenster oder `sloop serve` die Funktion ausführt).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No data for %1 yet.
Sloop collects every %n s while it runs (or while `sloop serve` runs).</source>
        <translation>
            <numerusform>Noch keine Daten für %1.
Sloop erfasst alle %n s, solange es läuft (oder solange `sloop serve` läuft).</numerusform>
            <numerusform>Noch keine Daten für %1.
Sloop erfasst alle %n s, solange es läuft (oder solange `sloop serve` läuft).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitoring/metricsdashboardexport.cpp" line="+31"/>
        <source>Export charts into a folder</source>
        <translation>Diagramme in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/monitoring/metricsdashboardtoolbar.cpp" line="+67"/>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/monitoring/metricsdashboardtoolbar.cpp" line="-38"/>
        <source>1h</source>
        <translation>1h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6h</source>
        <translation>6h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1d</source>
        <translation>1d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1w</source>
        <translation>1w</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2w</source>
        <translation>2w</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the right edge at now and add samples as they arrive</source>
        <translation>Den rechten Rand auf „jetzt“ halten und Messwerte hinzufügen, sobald sie eintreffen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All charts as CSV into a folder…</source>
        <translation>Alle Diagramme als CSV in einen Ordner …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All charts as PNG into a folder…</source>
        <translation>Alle Diagramme als PNG in einen Ordner …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a chart to export just that one</source>
        <translation>Klicken Sie mit der rechten Maustaste auf ein Diagramm, um nur dieses zu exportieren</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::MonitoringOverview</name>
    <message>
        <location filename="../widgets/monitoring/monitoringoverview.cpp" line="+36"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter targets</source>
        <translation>Ziele filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort targets</source>
        <translation>Ziele sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by CPU</source>
        <translation>Nach CPU sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by memory</source>
        <translation>Nach Speicher sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by alarm state</source>
        <translation>Nach Alarmzustand sortieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monitored targets</source>
        <translation>Überwachte Ziele</translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>Nothing monitored yet.
Sloop collects the metrics of your hosts and containers every %n s while it runs (or while `sloop serve` runs).</source>
        <translation>
            <numerusform>Noch nichts überwacht.
Sloop erfasst die Metriken Ihrer Hosts und Container alle %n s, solange es läuft (oder solange `sloop serve` läuft).</numerusform>
            <numerusform>Noch nichts überwacht.
Sloop erfasst die Metriken Ihrer Hosts und Container alle %n s, solange es läuft (oder solange `sloop serve` läuft).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No target matches “%1”.</source>
        <translation>Kein Ziel passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::MonitoringPage</name>
    <message>
        <location filename="../widgets/monitoring/monitoringpage.cpp" line="+30"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample every</source>
        <translation>Messen alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling interval</source>
        <translation>Messintervall</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>← All targets</source>
        <translation>← Alle Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the overview</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Monitoring needs Sloop&apos;s database, which could not be opened: %1</source>
        <translation>Die Überwachung braucht die Datenbank von Sloop, die nicht geöffnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This window collects every %1 while it is open; run `sloop serve` to keep collecting without it.</source>
        <translation>Dieses Fenster erfasst alle %1, solange es geöffnet ist; führen Sie `sloop serve` aus, um auch ohne das Fenster weiter zu erfassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not collecting.</source>
        <translation>Keine Erfassung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by whoever collects (sloop serve --interval).</source>
        <translation>Vorgegeben vom erfassenden Prozess (sloop serve --interval).</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::NetworkingPane</name>
    <message>
        <location filename="../widgets/instances/networkingpane.cpp" line="+29"/>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (anyone)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this machine only)</source>
        <translation>%1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Published ports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veröffentlichte Ports&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>Port or range</source>
        <translation>Port oder Bereich</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Allowed source</source>
        <translation>Erlaubte Quelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>80 or 8000-8010</source>
        <translation>80 oder 8000-8010</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed source (CIDR)</source>
        <translation>Erlaubte Quelle (CIDR)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Firewall&lt;/b&gt;</source>
        <translation>&lt;b&gt;Firewall&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Each rule becomes a published port of the container, and the port on this machine stays the same across restarts. A container can allow everyone (0.0.0.0/0) or this machine only (127.0.0.1/32); other sources need a server instance, where nftables enforces them.</source>
        <translation>Jede Regel wird zu einem veröffentlichten Port des Containers, und der Port auf diesem Rechner bleibt über Neustarts hinweg gleich. Ein Container kann alle (0.0.0.0/0) oder nur diesen Rechner (127.0.0.1/32) zulassen; andere Quellen brauchen eine Server-Instanz, auf der nftables sie durchsetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules are applied with nftables on the server: what no rule allows is dropped. SSH must stay open for Sloop to reach it.</source>
        <translation>Die Regeln werden mit nftables auf dem Server angewendet: Was keine Regel erlaubt, wird verworfen. SSH muss offen bleiben, damit Sloop den Server erreicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not applied yet</source>
        <translation>Noch nicht angewendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(SSH)</source>
        <translation>(SSH)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No ports published yet.</source>
        <translation>Noch keine Ports veröffentlicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a port (80) or a range (8000-8010).</source>
        <translation>Geben Sie einen Port (80) oder einen Bereich (8000-8010) ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That rule is already there.</source>
        <translation>Diese Regel gibt es bereits.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Changes not applied yet.</source>
        <translation>Änderungen noch nicht angewendet.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::NetworksPage</name>
    <message>
        <location filename="../widgets/engine/networkspage.cpp" line="+25"/>
        <location line="+47"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>new-network-name</source>
        <translation>name-des-netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New network name</source>
        <translation>Name des neuen Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with a letter or digit; then letters, digits, _ . or -</source>
        <translation>Beginnt mit einem Buchstaben oder einer Ziffer; danach Buchstaben, Ziffern, _ . oder -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network driver</source>
        <translation>Netzwerktreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bridge: a private network on this host (the usual choice).
macvlan / ipvlan: containers get addresses on the host&apos;s LAN.
overlay: spans the nodes of a Swarm (needs Swarm mode).</source>
        <translation>bridge: ein privates Netzwerk auf diesem Host (die übliche Wahl).
macvlan / ipvlan: Container erhalten Adressen im LAN des Hosts.
overlay: erstreckt sich über die Knoten eines Swarms (braucht den Swarm-Modus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Create network</source>
        <translation>Netzwerk erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a network with this name and driver</source>
        <translation>Ein Netzwerk mit diesem Namen und Treiber erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New network:</source>
        <translation>Neues Netzwerk:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+88"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Remove the selected networks (Delete)</source>
        <translation>Die ausgewählten Netzwerke entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the engine&apos;s networks again</source>
        <translation>Die Netzwerke der Engine neu auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks on this engine; select rows to remove them</source>
        <translation>Netzwerke auf dieser Engine; Zeilen auswählen, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine selected. Choose an engine to see its networks.</source>
        <translation>Keine Engine gewählt. Wählen Sie eine Engine, um ihre Netzwerke zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This engine lists no networks, not even its built-in bridge.</source>
        <translation>Diese Engine listet keine Netzwerke auf, nicht einmal ihre eingebaute Bridge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not list networks</source>
        <translation>Netzwerke konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a valid network name. Start with a letter or digit; then use letters, digits, _ . or -.</source>
        <translation>„%1“ ist kein gültiger Netzwerkname. Er beginnt mit einem Buchstaben oder einer Ziffer; danach folgen Buchstaben, Ziffern, _ . oder -.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create network %1 (%2)</source>
        <translation>Netzwerk %1 (%2) konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created network %1 (%2).</source>
        <translation>Netzwerk %1 (%2) erstellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: built into the engine, which needs it; it cannot be removed. Select only networks you created.</source>
        <translation>%1: in die Engine eingebaut, die es braucht; es kann nicht entfernt werden. Nur selbst erstellte Netzwerke auswählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove networks</source>
        <translation>Netzwerke entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this network from %1?</source>
        <translation>Dieses Netzwerk von %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these %1 networks from %2?</source>
        <translation>Diese %1 Netzwerke von %2 entfernen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove:
%1</source>
        <translation>Konnte nicht entfernt werden:
%1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::NoticeBanner</name>
    <message>
        <location filename="../widgets/common/noticebanner.cpp" line="+20"/>
        <source>Page message</source>
        <translation>Seitenmeldung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already exists or in use</source>
        <translation>Bereits vorhanden oder in Gebrauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in or identity not accepted</source>
        <translation>Anmeldung oder Identität nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach it</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported here</source>
        <translation>Hier nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many at once</source>
        <translation>Zu viele gleichzeitig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::OverviewCardDelegate</name>
    <message>
        <location filename="../widgets/monitoring/overviewcarddelegate.cpp" line="+157"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::PlaceholderPage</name>
    <message>
        <location filename="../widgets/shell/placeholderpage.cpp" line="+33"/>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Learn about %1</source>
        <translation>Mehr über %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::PlanPicker</name>
    <message>
        <location filename="../widgets/instances/planpicker.cpp" line="+21"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 vCPUs</source>
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 memory</source>
        <translation>%1 · %2 Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 SSD · %2 transfer</source>
        <translation>%1 SSD · %2 Datenvolumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices: %1, as of %2 (%3). They show what the same would cost there; Sloop itself charges nothing.</source>
        <translation>Preise: %1, Stand %2 (%3). Sie zeigen, was dasselbe dort kosten würde; Sloop selbst berechnet nichts.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A whole server keeps its own size: the plan names what it compares to, for the price and the estimate.</source>
        <translation>Ein ganzer Server behält seine eigene Größe: Der Tarif gibt an, womit er verglichen wird, für den Preis und die Schätzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan sets the container&apos;s CPU and memory limits (and a process limit). Disk and transfer are what Lightsail includes with it.</source>
        <translation>Der Tarif legt die CPU- und Speicherlimits des Containers fest (und ein Prozesslimit). Festplatte und Datenvolumen sind das, was Lightsail dabei enthält.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs at least %2 (%3 memory)</source>
        <translation>%1 braucht mindestens %2 (%3 Speicher)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::RegistriesPage</name>
    <message>
        <location filename="../widgets/registry/registriespage.cpp" line="+67"/>
        <source>&amp;Push an image…</source>
        <translation>&amp;Image hochladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete tag</source>
        <translation>Tag &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy pull command</source>
        <translation>Pull-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a registry…</source>
        <translation>Registry hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+123"/>
        <source>Add a registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Learn about ECR</source>
        <translation>Mehr über ECR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep your images in a private registry</source>
        <translation>Ihre Images in einer privaten Registry aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registry stores images by name and tag, like Amazon ECR: push an image from any engine, and your servers and swarms pull it from there. Sloop speaks the Distribution API v2 that Docker Hub, ECR and Debian&apos;s docker-registry all speak. Add the address of one you run (http://127.0.0.1:5000 for one on this machine).</source>
        <translation>Eine Registry speichert Images nach Name und Tag, wie Amazon ECR: Laden Sie ein Image von einer beliebigen Engine hoch, und Ihre Server und Swarms laden es von dort herunter. Sloop spricht die Distribution API v2, die Docker Hub, ECR und Debians docker-registry alle sprechen. Fügen Sie die Adresse einer Registry hinzu, die Sie betreiben (http://127.0.0.1:5000 für eine auf diesem Rechner).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this registry</source>
        <translation>Diese Registry vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sloop forgets the registry and its password; the registry and its images are untouched</source>
        <translation>Sloop vergisst die Registry und ihr Passwort; die Registry und ihre Images bleiben unberührt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the selected tag</source>
        <translation>Das ausgewählte Tag löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied: docker pull %1/%2:%3</source>
        <translation>Kopiert: docker pull %1/%2:%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+169"/>
        <source>Choose a repository.</source>
        <translation>Wählen Sie ein Repository.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Sloop does not scan images for vulnerabilities.</source>
        <translation>Sloop prüft Images nicht auf Sicherheitslücken.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Allow plain HTTP to another machine (passwords and images travel unencrypted)</source>
        <translation>Einfaches HTTP zu einem anderen Rechner erlauben (Passwörter und Images werden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home</source>
        <translation>zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://registry.example.com or http://127.0.0.1:5000</source>
        <translation>https://registry.example.com oder http://127.0.0.1:5000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty when it needs no sign-in</source>
        <translation>leer, wenn keine Anmeldung nötig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password is kept only while this window is open: %1</source>
        <translation>Das Passwort wird nur aufbewahrt, solange dieses Fenster geöffnet ist: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forget registry %1?</source>
        <translation>Registry %1 vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sloop forgets its address and password. The registry and its images are untouched.</source>
        <translation>Sloop vergisst ihre Adresse und ihr Passwort. Die Registry und ihre Images bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No repositories yet: push an image to make one.</source>
        <translation>Noch keine Repositorys: Laden Sie ein Image hoch, um eines anzulegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Engine %1 has no tagged images to push.</source>
        <translation>Engine %1 hat keine Images mit Tag zum Hochladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Push an image</source>
        <translation>Image hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image of engine %1 to push to %2:</source>
        <translation>Image der Engine %1 zum Hochladen nach %2:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pushing %1…</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Push</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushed %1 (%2).</source>
        <translation>%1 hochgeladen (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete %1:%2?</source>
        <translation>%1:%2 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry deletes the image this tag names, and with it every other tag on the same image. Engines that pulled it keep their copy.</source>
        <translation>Die Registry löscht das Image, das dieses Tag benennt, und mit ihm jedes andere Tag desselben Images. Engines, die es heruntergeladen haben, behalten ihre Kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1:%2</source>
        <translation>%1:%2 löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1:%2.</source>
        <translation>%1:%2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ResourcePage</name>
    <message>
        <location filename="../widgets/engine/resourcepage.cpp" line="+33"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only rows that contain this text</source>
        <translation>Nur Zeilen zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ReviewSummary</name>
    <message>
        <location filename="../widgets/instances/reviewsummary.cpp" line="+26"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blueprint</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch script</source>
        <translation>Startskript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lightsail-equivalent monthly price</source>
        <translation>Vergleichbarer Monatspreis bei Lightsail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sloop&apos;s monthly estimate</source>
        <translation>Monatliche Schätzung von Sloop</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Linux/Unix</source>
        <translation>Linux/Unix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, from the image %2</source>
        <translation>%1, aus dem Image %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 vCPU, %3 memory, %4 SSD, %5 transfer</source>
        <translation>%1: %2 vCPU, %3 Speicher, %4 SSD, %5 Datenvolumen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;what the same would cost on Amazon Lightsail (%2)</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;was dasselbe bei Amazon Lightsail kosten würde (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sloop&apos;s estimate: say what %1 really costs a month (the VPS you rent, a home server&apos;s power), e.g. sloop costs set %1 12.50 --currency EUR, and each instance on it gets its share.</source>
        <translation>Schätzung von Sloop: Geben Sie an, was %1 im Monat wirklich kostet (der gemietete VPS, der Strom eines Heimservers), z. B. sloop costs set %1 12.50 --currency EUR, dann erhält jede Instanz darauf ihren Anteil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sloop&apos;s estimate: asking %1 how much memory it has…</source>
        <translation>Schätzung von Sloop: %1 wird nach seinem Speicher gefragt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sloop&apos;s estimate: %1 costs %2, but its memory is not known yet (Sloop reads it when it checks the host; see the Hosts page).</source>
        <translation>Schätzung von Sloop: %1 kostet %2, aber sein Speicher ist noch nicht bekannt (Sloop liest ihn beim Prüfen des Hosts aus; siehe Seite „Hosts“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sloop&apos;s estimate: %1 — the plan&apos;s %2 of %3&apos;s %4 memory, a share of the %5 you said it costs%6.</source>
        <translation>Schätzung von Sloop: %1 – die %2 des Tarifs von %4 Speicher auf %3, ein Anteil an den von Ihnen angegebenen Kosten von %5%6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1 each)</source>
        <translation> (je %1)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::RunContainerDialog</name>
    <message>
        <location filename="../widgets/containers/runcontainerdialog.cpp" line="+42"/>
        <source>Start the container after creating it</source>
        <translation>Den Container nach dem Erstellen starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a container</source>
        <translation>Container ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debian:bookworm</source>
        <translation>debian:bookworm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image to run: name[:tag], from this engine or a registry it can reach</source>
        <translation>Das auszuführende Image: name[:tag], von dieser Engine oder aus einer Registry, die sie erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: the engine picks one</source>
        <translation>optional: die Engine wählt einen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name</source>
        <translation>Containername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: sh -c &quot;echo hello; sleep 60&quot;</source>
        <translation>optional: sh -c &quot;echo hallo; sleep 60&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words are split like a shell does, but no shell runs them</source>
        <translation>Wörter werden wie von einer Shell getrennt, aber keine Shell führt sie aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8080:80, 127.0.0.1:5432:5432</source>
        <translation>8080:80, 127.0.0.1:5432:5432</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:CONTAINER pairs, separated by commas; add /udp for UDP</source>
        <translation>HOST:CONTAINER-Paare, durch Kommas getrennt; /udp für UDP anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=value, one a line</source>
        <translation>SCHLÜSSEL=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/host/path:/path/in/container[:ro], or volume:/path</source>
        <translation>/host/pfad:/pfad/im/container[:ro] oder volume:/pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never restart</source>
        <translation>Nie neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unless stopped by hand</source>
        <translation>Außer von Hand gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it fails</source>
        <translation>Bei Fehlschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart policy</source>
        <translation>Neustart-Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit (e.g. 0.5)</source>
        <translation>kein Limit (z. B. 0.5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit (e.g. 512m)</source>
        <translation>kein Limit (z. B. 512m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start after creating</source>
        <translation>Nach dem Erstellen starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volumes:</source>
        <translation>&amp;Volumes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart:</source>
        <translation>Neu&amp;start:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CP&amp;Us:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the container</source>
        <translation>Den Container ausführen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::ServiceDialog</name>
    <message>
        <location filename="../widgets/swarm/servicedialog.cpp" line="+38"/>
        <source>One task on every node (global)</source>
        <translation>Ein Task auf jedem Knoten (global)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create service</source>
        <translation>Dienst erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx:1.25 — every node needs it or a registry</source>
        <translation>nginx:1.25 – jeder Knoten braucht es oder eine Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s own command when empty</source>
        <translation>der Befehl des Images, wenn leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>8080:80, 53/udp, 9000:9000,mode=host</source>
        <translation>8080:80, 53/udp, 9000:9000,mode=host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME=value, one a line</source>
        <translation>NAME=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node.role==worker, node.labels.zone==a</source>
        <translation>node.role==worker, node.labels.zone==a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit (256m, 1g)</source>
        <translation>kein Limit (256m, 1g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy when this shell command exits 0</source>
        <translation>gesund, wenn dieser Shell-Befehl mit 0 endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back to the previous version</source>
        <translation>Auf die vorherige Version zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the update</source>
        <translation>Das Update pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks replaced at once; 0 replaces all at once</source>
        <translation>Gleichzeitig ersetzte Tasks; 0 ersetzt alle auf einmal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish ports:</source>
        <translation>&amp;Ports veröffentlichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement co&amp;nstraints:</source>
        <translation>Pla&amp;tzierungsbedingungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;limit (vCPUs):</source>
        <translation>CPU-&amp;Limit (vCPUs):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health check:</source>
        <translation>&amp;Gesundheitsprüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When an update &amp;fails:</source>
        <translation>Wenn ein Update &amp;fehlschlägt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update &amp;parallelism:</source>
        <translation>Update-P&amp;arallelität:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swarm keeps this many copies of the container running across the swarm&apos;s nodes and replaces any that stop.</source>
        <translation>Swarm hält so viele Kopien des Containers auf den Knoten des Swarms am Laufen und ersetzt jede, die stoppt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The command has an unclosed quote.</source>
        <translation>Der Befehl enthält ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::SnapshotsPane</name>
    <message>
        <location filename="../widgets/instances/snapshotspane.cpp" line="+42"/>
        <source>Paths:</source>
        <translation>Pfade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore as new instance</source>
        <translation>Als neue Instanz wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily automatic snapshots (keeps 7)</source>
        <translation>Tägliche automatische Snapshots (7 werden behalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No snapshots yet. A snapshot keeps the instance as it is now; restore it as a new instance later, even after this one is deleted.</source>
        <translation>Noch keine Snapshots. Ein Snapshot bewahrt die Instanz so, wie sie jetzt ist; stellen Sie ihn später als neue Instanz wieder her, auch nachdem diese gelöscht wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot name</source>
        <translation>Snapshot-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paths to keep</source>
        <translation>Zu sichernde Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/etc /var/www /home</source>
        <translation>/etc /var/www /home</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New instance name</source>
        <translation>Name der neuen Instanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new instance name</source>
        <translation>Name der neuen Instanz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sloop takes one snapshot a day while it runs (the window or sloop serve) and keeps the last seven automatic ones.</source>
        <translation>Sloop erstellt einen Snapshot pro Tag, solange es läuft (das Fenster oder sloop serve), und behält die letzten sieben automatischen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore as:</source>
        <translation>Wiederherstellen als:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Take a snapshot&lt;/b&gt;</source>
        <translation>&lt;b&gt;Snapshot erstellen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Snapshots of this instance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Snapshots dieser Instanz&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An archive of the paths below, copied over SFTP</source>
        <translation>Ein Archiv der unten stehenden Pfade, über SFTP kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A commit of the container on its engine</source>
        <translation>Ein Commit des Containers auf seiner Engine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, automatic</source>
        <translation>%1, automatisch</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Taking the snapshot %1…</source>
        <translation>Snapshot %1 wird erstellt …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring %1 as %2…</source>
        <translation>%1 wird als %2 wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the snapshot %1?</source>
        <translation>Den Snapshot %1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances made from it are not touched; it cannot be restored afterwards.</source>
        <translation>Daraus erstellte Instanzen bleiben unberührt; er kann danach nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A snapshot will be taken every day; the last 7 are kept.</source>
        <translation>Jeden Tag wird ein Snapshot erstellt; die letzten 7 werden behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily snapshots are off.</source>
        <translation>Tägliche Snapshots sind ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::SshConfigImportDialog</name>
    <message>
        <location filename="../widgets/hosts/sshconfigimportdialog.cpp" line="+30"/>
        <source>Import hosts from SSH config</source>
        <translation>Hosts aus SSH-Konfiguration importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH config file</source>
        <translation>SSH-Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH client config</source>
        <translation>SSH-Client-Konfiguration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts to import</source>
        <translation>Zu importierende Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skipped entries</source>
        <translation>Übersprungene Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was skipped</source>
        <translation>Warum übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import checked hosts</source>
        <translation>Markierte Hosts importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Hosts found&lt;/b&gt; (uncheck what you do not want)</source>
        <translation>&lt;b&gt;Gefundene Hosts&lt;/b&gt; (Unerwünschte abwählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übersprungen&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Read %n file(s) with libssh&apos;s own parser: </source>
        <translation>
            <numerusform>%n Datei mit dem eigenen Parser von libssh gelesen: </numerusform>
            <numerusform>%n Dateien mit dem eigenen Parser von libssh gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s) can be imported, </source>
        <translation>
            <numerusform>%n Host kann importiert werden, </numerusform>
            <numerusform>%n Hosts können importiert werden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entr(y/ies) skipped.</source>
        <translation>
            <numerusform>%n Eintrag übersprungen.</numerusform>
            <numerusform>%n Einträge übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some hosts were not added:
%1</source>
        <translation>Einige Hosts wurden nicht hinzugefügt:
%1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::StageCacheDialog</name>
    <message>
        <location filename="../widgets/gateway/stagecachedialog.cpp" line="+22"/>
        <source>&amp;Cache answers to GET requests on this stage</source>
        <translation>Antworten auf GET-Anfragen in dieser Stufe im &amp;Cache halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache of stage %1</source>
        <translation>Cache der Stufe %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep answers for</source>
        <translation>Antworten behalten für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page, sort</source>
        <translation>page, sort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query strings in the key</source>
        <translation>Query-Strings im Cache-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers differ by these query strings; others are ignored, as API Gateway does.</source>
        <translation>Antworten unterscheiden sich nach diesen Query-Strings; andere werden ignoriert, wie bei API Gateway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accept-language</source>
        <translation>accept-language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers in the key</source>
        <translation>Header im Cache-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys that may ask for a fresh answer</source>
        <translation>Schlüssel, die eine frische Antwort anfordern dürfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No API keys yet: make one on the Keys and usage plans tab to let a client ask for a fresh answer.</source>
        <translation>Noch keine API-Schlüssel: Erstellen Sie einen im Reiter „Schlüssel und Nutzungspläne“, damit ein Client eine frische Antwort anfordern kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep answers for:</source>
        <translation>&amp;Antworten behalten für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query strings in the key:</source>
        <translation>&amp;Query-Strings im Cache-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers in the key:</source>
        <translation>&amp;Header im Cache-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fresh answers for:</source>
        <translation>&amp;Frische Antworten für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client with one of these keys (x-api-key) that sends Cache-Control: max-age=0 gets a fresh answer; anyone else gets the cached one.</source>
        <translation>Ein Client mit einem dieser Schlüssel (x-api-key), der Cache-Control: max-age=0 sendet, erhält eine frische Antwort; alle anderen erhalten die zwischengespeicherte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::StatsCharts</name>
    <message>
        <location filename="../widgets/containers/statscharts.cpp" line="+36"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used (without page cache)</source>
        <translation>Belegt (ohne Seiten-Cache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Charts appear while the container runs.</source>
        <translation>Diagramme erscheinen, während der Container läuft.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 chart</source>
        <translation>%1-Diagramm</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::SubmitJobDialog</name>
    <message>
        <location filename="../widgets/batch/batchdialogs.cpp" line="+39"/>
        <source>&amp;Array job with</source>
        <translation>&amp;Array-Job mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> children</source>
        <translation> Kind-Jobs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children one after another (SEQUENTIAL)</source>
        <translation>Kind-Jobs nacheinander (SEQUENTIAL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit job</source>
        <translation>Job einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job queue</source>
        <translation>Job-Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job definition</source>
        <translation>Job-Definition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job name</source>
        <translation>Job-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Array size</source>
        <translation>Array-Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command override</source>
        <translation>Abweichender Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt timeout</source>
        <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job IDs, comma-separated; ID:N_TO_N for arrays</source>
        <translation>Job-IDs, durch Kommas getrennt; ID:N_TO_N für Arrays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttempts:</source>
        <translation>V&amp;ersuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Zeitlimit pro Versuch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the image&apos;s own command</source>
        <translation>der Befehl des Images</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::SwarmPage</name>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+74"/>
        <source>&amp;Scale…</source>
        <translation>&amp;Skalieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scale the service</source>
        <translation>Den Dienst skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the service&apos;s image</source>
        <translation>Das Image des Dienstes aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll the service back</source>
        <translation>Den Dienst zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the service</source>
        <translation>Den Dienst entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;logs</source>
        <translation>&amp;Logs anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the service&apos;s logs</source>
        <translation>Die Logs des Dienstes anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drain</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drain the node</source>
        <translation>Den Knoten leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the node</source>
        <translation>Den Knoten pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate the node</source>
        <translation>Den Knoten aktivieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <location filename="../widgets/swarm/swarmstackstab.cpp" line="+38"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="+50"/>
        <location filename="../widgets/swarm/swarmpage.cpp" line="-88"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+1"/>
        <location filename="../widgets/swarm/swarmstackstab.cpp" line="-1"/>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="+14"/>
        <location line="+14"/>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+27"/>
        <source>Create a swarm</source>
        <translation>Swarm erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+1"/>
        <source>Create a swarm on this engine</source>
        <translation>Auf dieser Engine einen Swarm erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a swarm…</source>
        <translation>Einem Swarm beitreten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join this engine to a swarm</source>
        <translation>Diese Engine einem Swarm beitreten lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Learn about ECS and Swarm</source>
        <translation>Mehr über ECS und Swarm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run services across your engines</source>
        <translation>Dienste verteilt auf Ihren Engines betreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Swarm, inside every Docker engine, makes several engines work as one: a service keeps the number of copies you ask for running across them, replaces any that stop, and updates them a few at a time — what ECS does in AWS. Make this engine a swarm&apos;s manager, then join your other engines to it.</source>
        <translation>Docker Swarm, in jeder Docker-Engine enthalten, lässt mehrere Engines wie eine arbeiten: Ein Dienst hält die gewünschte Zahl von Kopien auf ihnen am Laufen, ersetzt jede, die stoppt, und aktualisiert sie schrittweise, wenige auf einmal – das, was ECS in AWS tut. Machen Sie diese Engine zum Manager eines Swarms und nehmen Sie dann Ihre anderen Engines darin auf.</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="-47"/>
        <location line="+114"/>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+9"/>
        <location line="+1"/>
        <source>Leave the swarm</source>
        <translation>Swarm verlassen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+10"/>
        <source>This engine is a worker</source>
        <translation>Diese Engine ist ein Worker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create service…</source>
        <translation>&amp;Dienst erstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a service</source>
        <translation>Einen Dienst erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the spec before the last update</source>
        <translation>Zurück zur Spezifikation vor dem letzten Update</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tasks of the selected service</source>
        <translation>Tasks des ausgewählten Dienstes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No services yet. Create one: give it an image and a number of replicas, and Swarm spreads the copies over the nodes.</source>
        <translation>Noch keine Dienste. Erstellen Sie einen: Geben Sie ihm ein Image und eine Zahl von Replikaten, und Swarm verteilt die Kopien auf die Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+129"/>
        <source>Select a service to see its tasks.</source>
        <translation>Wählen Sie einen Dienst aus, um seine Tasks zu sehen.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+147"/>
        <source>Service logs</source>
        <translation>Dienst-Logs</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Every task&apos;s log, merged by time, appears here.</source>
        <translation>Hier erscheinen die Logs aller Tasks, nach Zeit zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="-116"/>
        <source>&amp;Join an engine…</source>
        <translation>&amp;Engine aufnehmen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join another engine to this swarm</source>
        <translation>Eine weitere Engine in diesen Swarm aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This engine leaves the swarm</source>
        <translation>Diese Engine verlässt den Swarm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its tasks move to other nodes; none start here</source>
        <translation>Seine Tasks wandern auf andere Knoten; hier startet keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its tasks keep running; no new ones start here</source>
        <translation>Seine Tasks laufen weiter; hier starten keine neuen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmstackstab.cpp" line="-8"/>
        <source>&amp;Deploy a Compose file…</source>
        <translation>Compose-Datei &amp;bereitstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy a Compose file as a stack</source>
        <translation>Eine Compose-Datei als Stack bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stack</source>
        <translation>Stack entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected stack</source>
        <translation>Den ausgewählten Stack entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks running</source>
        <translation>Laufende Tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stack is a Compose file (version 3) run as services, as docker stack deploy does. Deploying again updates its services; keys Swarm does not use are named with their line.</source>
        <translation>Ein Stack ist eine Compose-Datei (Version 3), als Dienste ausgeführt, wie es docker stack deploy tut. Erneutes Bereitstellen aktualisiert seine Dienste; Schlüssel, die Swarm nicht nutzt, werden mit ihrer Zeile genannt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deploy a Compose file</source>
        <translation>Compose-Datei bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation>Compose-Dateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stack name</source>
        <translation>Stack-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its services are named STACK_SERVICE:</source>
        <translation>Seine Dienste heißen STACK_SERVICE:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing deployed from %1</source>
        <translation>Nichts aus %1 bereitgestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deploy %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out of stack %1:
%2</source>
        <translation>Aus Stack %1 ausgelassen:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployed stack %1: %2 services made, %3 updated.</source>
        <translation>Stack %1 bereitgestellt: %2 Dienste erstellt, %3 aktualisiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove stack %1?</source>
        <translation>Stack %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its services stop on every node and its networks go. Volumes stay.</source>
        <translation>Seine Dienste stoppen auf jedem Knoten, und seine Netzwerke werden entfernt. Volumes bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove stack %1</source>
        <translation>Stack %1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+59"/>
        <source>Engine %1</source>
        <translation>Engine %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>List services</source>
        <translation>Dienste auflisten</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmstackstab.cpp" line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+24"/>
        <source>Engine %1 runs tasks for the swarm its managers (%2) lead. Choose a manager engine above to see and change its services.</source>
        <translation>Engine %1 führt Tasks für den Swarm aus, den ihre Manager (%2) leiten. Wählen Sie oben eine Manager-Engine, um deren Dienste zu sehen und zu ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 manager</source>
        <translation>1 Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 managers</source>
        <translation>%1 Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine %1 manages swarm %2 at %3 — %4, %5.</source>
        <translation>Engine %1 verwaltet Swarm %2 unter %3 – %4, %5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tasks of %1</source>
        <translation>Tasks von %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no output yet)</source>
        <translation>(noch keine Ausgabe)</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="+23"/>
        <source>The address other engines reach this one at. Leave it empty to let the engine choose (it asks when it has more than one).</source>
        <translation>Die Adresse, unter der andere Engines diese erreichen. Lassen Sie sie leer, damit die Engine selbst wählt (sie fragt nach, wenn sie mehr als eine hat).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine %1 now manages a new swarm. Join your other engines from the Nodes tab.</source>
        <translation>Engine %1 verwaltet jetzt einen neuen Swarm. Nehmen Sie Ihre anderen Engines auf dem Tab „Knoten“ auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sloop knows no other Docker engine. Add one with &quot;sloop engines add NAME unix:///path/docker.sock&quot;, or add an SSH host that has Docker.</source>
        <translation>Sloop kennt keine weitere Docker-Engine. Fügen Sie eine mit „sloop engines add NAME unix:///path/docker.sock“ hinzu oder fügen Sie einen SSH-Host hinzu, auf dem Docker läuft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join an engine</source>
        <translation>Engine aufnehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join a swarm</source>
        <translation>Einem Swarm beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine to join to this swarm as a worker:</source>
        <translation>Engine, die als Worker in diesen Swarm aufgenommen wird:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager engine of the swarm to join:</source>
        <translation>Manager-Engine des Swarms, dem beigetreten wird:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join the swarm of %1</source>
        <translation>Dem Swarm von %1 beitreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no engine named %1.</source>
        <translation>Es gibt keine Engine namens %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join %1</source>
        <translation>%1 aufnehmen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmpage.cpp" line="+41"/>
        <source>Create service</source>
        <translation>Dienst erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create service %1</source>
        <translation>Dienst %1 erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Tasks to keep running:</source>
        <translation>Am Laufen zu haltende Tasks:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Image to roll out, a few tasks at a time (the same image restarts every task):</source>
        <translation>Auszurollendes Image, jeweils wenige Tasks auf einmal (dasselbe Image startet jeden Task neu):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove service %1?</source>
        <translation>Dienst %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its tasks stop on every node and the service is gone. Images and volumes stay.</source>
        <translation>Seine Tasks stoppen auf jedem Knoten, und der Dienst ist weg. Images und Volumes bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/swarm/swarmstackstab.cpp" line="-14"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/swarm/swarmnodestab.cpp" line="+9"/>
        <source>Leave the swarm?</source>
        <translation>Swarm verlassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine %1 is the swarm&apos;s only manager: leaving ends the swarm, with its services. Workers stay joined to nothing until they leave too.</source>
        <translation>Engine %1 ist der einzige Manager des Swarms: Verlässt sie ihn, endet der Swarm samt seinen Diensten. Worker bleiben dann mit nichts verbunden, bis auch sie austreten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine %1 stops taking tasks; the swarm moves them elsewhere.</source>
        <translation>Engine %1 nimmt keine Tasks mehr an; der Swarm verlagert sie anderswohin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the swarm</source>
        <translation>Swarm beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::TargetMonitor</name>
    <message>
        <location filename="../widgets/monitoring/targetmonitor.cpp" line="+36"/>
        <source>Charts need Sloop&apos;s database, which could not be opened: %1</source>
        <translation>Diagramme brauchen die Datenbank von Sloop, die nicht geöffnet werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::TerminalTabs</name>
    <message>
        <location filename="../widgets/terminal/terminaltabs.cpp" line="+21"/>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another terminal to the same place</source>
        <translation>Ein weiteres Terminal zum selben Ziel öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New terminal tab</source>
        <translation>Neuer Terminal-Tab</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::TerminalWidget</name>
    <message>
        <location filename="../widgets/terminal/terminalwidget.cpp" line="+37"/>
        <location line="+65"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Terminal scrollback</source>
        <translation>Terminal-Verlauf</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Session ended.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session ended: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::TransfersPanel</name>
    <message>
        <location filename="../widgets/hosts/transferspanel.cpp" line="+20"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel transfer of %1</source>
        <translation>Übertragung von %1 abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss transfer of %1</source>
        <translation>Übertragung von %1 ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uploaded %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::UsagePlanDialog</name>
    <message>
        <location filename="../widgets/gateway/usageplandialog.cpp" line="+25"/>
        <source>Create usage plan</source>
        <translation>Nutzungsplan erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basic</source>
        <translation>basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> a second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no quota</source>
        <translation>kein Kontingent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota period</source>
        <translation>Kontingentzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate per key:</source>
        <translation>&amp;Rate pro Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Burst:</source>
        <translation>&amp;Burst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quota per key:</source>
        <translation>&amp;Kontingent pro Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stages:</source>
        <translation>&amp;Stufen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create plan</source>
        <translation>Plan erstellen</translation>
    </message>
</context>
<context>
    <name>sloop::widgets::VolumesPage</name>
    <message>
        <location filename="../widgets/engine/volumespage.cpp" line="+24"/>
        <location line="+39"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>new-volume-name</source>
        <translation>name-des-volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New volume name</source>
        <translation>Name des neuen Volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts with a letter or digit; then letters, digits, _ . or -</source>
        <translation>Beginnt mit einem Buchstaben oder einer Ziffer; danach Buchstaben, Ziffern, _ . oder -</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create volume</source>
        <translation>Volume erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty volume with this name (local driver)</source>
        <translation>Ein leeres Volume mit diesem Namen erstellen (Treiber local)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New volume:</source>
        <translation>Neues Volume:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+76"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Remove the selected volumes and the data in them (Delete)</source>
        <translation>Die ausgewählten Volumes samt ihren Daten entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the engine&apos;s volumes again</source>
        <translation>Die Volumes der Engine neu auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volumes on this engine; select rows to remove them</source>
        <translation>Volumes auf dieser Engine; Zeilen auswählen, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine selected. Choose an engine to see its volumes.</source>
        <translation>Keine Engine gewählt. Wählen Sie eine Engine, um ihre Volumes zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No volumes yet. Name one above and press Create volume.</source>
        <translation>Noch keine Volumes. Oben einen Namen eingeben und „Volume erstellen“ drücken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not list volumes</source>
        <translation>Volumes konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a valid volume name. Start with a letter or digit; then use letters, digits, _ . or -.</source>
        <translation>„%1“ ist kein gültiger Volume-Name. Er beginnt mit einem Buchstaben oder einer Ziffer; danach folgen Buchstaben, Ziffern, _ . oder -.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create volume %1</source>
        <translation>Volume %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created volume %1.</source>
        <translation>Volume %1 erstellt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove volumes</source>
        <translation>Volumes entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this volume from %1? The data in it is deleted.</source>
        <translation>Dieses Volume von %1 entfernen? Die Daten darin werden gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these %1 volumes from %2? The data in them is deleted.</source>
        <translation>Diese %1 Volumes von %2 entfernen? Die Daten darin werden gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove:
%1</source>
        <translation>Konnte nicht entfernt werden:
%1</translation>
    </message>
</context>
</TS>
