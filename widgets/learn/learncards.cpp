#include "learncards.h"

#include <QCoreApplication>

namespace sloop::widgets {

namespace {

// A translation context of its own, so translators see all card text together.
class LearnCards
{
    Q_DECLARE_TR_FUNCTIONS(LearnCards)

public:
    static QList<LearnCard> all();
};

QList<LearnCard> LearnCards::all()
{
    // Written for people new to the cloud: short sentences, no acronyms left
    // unexplained, and "will" for the parts Sloop does not do yet.
    return {
        {QStringLiteral("docker"), tr("Docker, images and registries"),
         tr("A container is a program packed together with everything it needs to run: its "
            "libraries, settings and files. The package it starts from is called an image, a "
            "read-only template that runs the same way on any machine with Docker. Images live "
            "in registries such as Docker Hub: you push an image once and pull it wherever you "
            "need it."),
         tr("The Containers page shows the containers, images, volumes and networks of every "
            "Docker engine you connect, on this computer or on your servers. You can start, stop "
            "and inspect containers there, and the command log shows the exact engine call "
            "behind each click."),
         QStringLiteral("containers")},

        {QStringLiteral("docker-vs-vm"), tr("Docker or a virtual machine?"),
         tr("A virtual machine pretends to be a whole computer: it boots its own operating "
            "system on virtual hardware, which isolates it well but makes it heavy to start and "
            "run. A container shares the kernel of the machine it runs on and only walls off "
            "the processes, files and network it can see, so it starts in a moment and uses "
            "little memory. Virtual machines suit servers you log into; containers suit single "
            "applications you ship and replace often."),
         tr("In Sloop an instance can be either: a whole server you already have, reached over "
            "SSH, or a system container with its own init and SSH server, held to the CPU and "
            "memory of its plan. Plain application containers live on the Containers page."),
         QStringLiteral("instances")},

        {QStringLiteral("lightsail"), tr("Lightsail: simple virtual servers"),
         tr("Amazon Lightsail is the simple corner of Amazon's cloud. You pick a blueprint (an "
            "operating system alone, or one with an app such as WordPress already set up), pick "
            "a plan with a fixed monthly price, and get a virtual private server. The plan says "
            "plainly how much CPU, memory, disk and traffic you get."),
         tr("Instances are Sloop's Lightsail. You create one from a blueprint, a small file of "
            "cloud-init steps that Sloop applies over SSH while you watch, and choose a plan "
            "that sets its limits and shows what a similar server would cost each month."),
         QStringLiteral("instances")},

        {QStringLiteral("ecr"), tr("ECR: a private image registry"),
         tr("Amazon Elastic Container Registry (ECR) is a private place for your own container "
            "images. You push an image after building it, and your servers pull it when they "
            "start a container. A private registry keeps your code to yourself, and pulls stay "
            "fast because it sits close to your servers."),
         tr("Sloop works with a registry on one of your own machines, such as the standard "
            "open-source registry, which speaks the same protocol as Docker Hub and ECR. On the "
            "Registries page, add its address, push an image from any engine and browse its "
            "repositories and tags with their digests and sizes."),
         QStringLiteral("registries")},

        {QStringLiteral("ecs"), tr("ECS: containers as services"),
         tr("Amazon Elastic Container Service (ECS) keeps containers running for you. You "
            "describe a service (which image, how many copies, which ports) and ECS starts the "
            "copies on a group of machines, replaces any that crash, and rolls out new versions "
            "a few at a time. You stop caring for single containers and look after the service "
            "as a whole."),
         tr("Sloop's services run on Docker Swarm mode, which ships inside every Docker engine. "
            "On the Swarm page, make one engine a swarm's manager and join your others; then "
            "create a service with an image and a number of copies, and see each copy's node. "
            "Stop a copy and Swarm starts another; update the image and the copies change a few "
            "at a time, rolled back by themselves when the new ones fail their health check."),
         QStringLiteral("swarm")},

        {QStringLiteral("eks"), tr("EKS: managed Kubernetes"),
         tr("Amazon Elastic Kubernetes Service (EKS) runs Kubernetes for you. Kubernetes is a "
            "popular open-source system that does the same job as ECS, keeping many containers "
            "running across many machines, with its own words for things: pods, deployments, "
            "services. It is powerful and widely used, and it takes a while to learn."),
         tr("Sloop runs services on Docker Swarm, which is much smaller and needs nothing "
            "beyond Docker; it does not run Kubernetes (see the README's roadmap for what that "
            "would take). What you learn from services on the Swarm page (a desired number of "
            "copies, health checks, rolling updates) carries straight over to Kubernetes."),
         QStringLiteral("swarm")},

        {QStringLiteral("fargate"), tr("Fargate: containers without minding servers"),
         tr("AWS Fargate runs ECS or EKS containers without you choosing or looking after the "
            "machines underneath. You say how much CPU and memory each container needs, AWS "
            "finds room for it, and you pay by the second. The servers are still there; you "
            "just never see them."),
         tr("In Sloop the servers are your own, so nothing is hidden, but you need not pick "
            "one: \"sloop tasks run --cpu 0.5 --memory 1g IMAGE\" asks a swarm for that much "
            "room, Swarm places the task on a node that has it, and Sloop shows its log, the "
            "node it ran on and what Fargate would have charged for it."),
         QStringLiteral("swarm")},

        {QStringLiteral("lightsail-containers"), tr("Lightsail container services"),
         tr("A Lightsail container service runs your container images behind one web address. "
            "You choose a power (the CPU and memory of each node, at a flat monthly price) and "
            "a scale (how many nodes), then deploy: an image, its command and environment, and "
            "which port answers the public. Lightsail checks the new copies and switches the "
            "address over only when they are healthy."),
         tr("On the Container services page, create a service with a power and a scale on an "
            "engine that leads a swarm, and deploy an image with its port. Sloop starts the "
            "copies as Swarm services beside the running ones, checks each as Lightsail's load "
            "balancer would, and only then moves the address to them; a deployment that fails "
            "is removed and the one before keeps answering."),
         QStringLiteral("container-services")},

        {QStringLiteral("lambda"), tr("Lambda: functions that run on demand"),
         tr("AWS Lambda runs a small piece of code, called a function, only when something asks "
            "for it: a web request, a timer or a new file. No server waits for you; Lambda "
            "starts the code, lets it run for a limited time, and you pay only for that time. "
            "Each function has a memory size and a time limit."),
         tr("Functions in Sloop use the same handler style as Lambda, in Python, Node.js or "
            "shell, and run in containers on your own Docker engine. Sloop keeps a few warm "
            "containers ready, stops them when nobody calls, and holds each function to its "
            "memory and time limits."),
         QStringLiteral("functions"), QStringLiteral("hello-python")},

        {QStringLiteral("api-gateway"), tr("API Gateway: web addresses for your code"),
         tr("Amazon API Gateway is the front door for functions and services. It maps web "
            "addresses and methods, such as POST /orders, to the code that handles them. It "
            "also checks API keys, limits how many requests each caller may send, and answers "
            "\"429 Too Many Requests\" to anyone who sends more."),
         tr("Sloop has a small gateway of its own, running inside the app or on a server with "
            "\"sloop serve\". You define routes and stages, hand out API keys with usage plans, "
            "and requests reach your functions in the same event format Lambda uses. Try it "
            "makes a function behind GET /hello that needs a key; press Send and it answers."),
         QStringLiteral("apis"), QString(), true},

        {QStringLiteral("batch"), tr("Batch: queues of jobs"),
         tr("AWS Batch runs jobs: programs that start, do a piece of work and finish, such as "
            "resizing a thousand photos or building a nightly report. You put jobs in a queue "
            "with a priority, and Batch starts them on the machines you allow as room frees "
            "up, retrying the ones that fail. Jobs can wait for other jobs, or run as an array "
            "of many similar tasks."),
         tr("Batch in Sloop runs each job as a container on your engines, with priority queues, "
            "retries, timeouts, array jobs and dependencies. Jobs pass through the same states "
            "as on AWS, from submitted to succeeded or failed, so what you see matches the AWS "
            "documentation."),
         QStringLiteral("batch")},

        {QStringLiteral("batch-vs-lambda"), tr("Batch or Lambda?"),
         tr("Both run your code without you starting it by hand, but they suit different work. "
            "Lambda is for quick answers: a function that finishes in seconds, is called often, "
            "and usually has someone waiting for the reply. Batch is for big work that can wait "
            "its turn in a queue: jobs that run for minutes or hours and need plenty of memory "
            "or CPU."),
         tr("The same rule holds in Sloop: a function when someone is waiting, a batch job when "
            "the work is large and may start a little later. Both run as containers on your "
            "engines; they differ in how they are started, limited and retried."),
         QStringLiteral("batch"), QStringLiteral("hello-python"), false, true},

        {QStringLiteral("cloudwatch"), tr("CloudWatch: charts and alarms"),
         tr("Amazon CloudWatch collects numbers about your servers over time, such as CPU use, "
            "memory, disk and network traffic, and draws them as charts. An alarm watches one "
            "of those numbers and tells you when it stays past a threshold for a while, for "
            "example CPU above 90% for five minutes. Waiting a while before alarming means a "
            "short spike does not wake you up."),
         tr("The Monitoring page charts every host, instance and container you connect, "
            "sampled over SSH by a small shell script (nothing to install) and from the Docker "
            "engine. Alarms work as CloudWatch's do: a statistic over a period, M of N "
            "periods to alarm, and a choice of how missing data counts. Try it: open "
            "Monitoring, pick a host, then add an alarm for CPU over 80%."),
         QStringLiteral("monitoring")},

        {QStringLiteral("pricing"), tr("Pricing: flat rate or pay per use?"),
         tr("Clouds sell computing in two main ways. A flat-rate plan, like Lightsail's, costs "
            "the same every month whether your server is busy or idle. Pay per use, like Lambda "
            "or Fargate, charges only for what actually runs: cheap when traffic is light, and "
            "costly when it is high all day."),
         tr("Your own machines cost what they cost, but Sloop shows what the same resources "
            "would cost in a cloud, from a price catalog that states its date and source. The "
            "Pricing page compares flat-rate plans with pay-per-use estimates and shows where "
            "one becomes cheaper than the other."),
         QStringLiteral("pricing")},
    };
}

} // namespace

QList<LearnCard> learnCards()
{
    return LearnCards::all();
}

LearnCard learnCard(const QString &id)
{
    const QList<LearnCard> cards = learnCards();
    for (const LearnCard &card : cards) {
        if (card.id == id)
            return card;
    }
    return {};
}

QStringList navigationPageIds()
{
    return {QStringLiteral("instances"),
            QStringLiteral("containers"),
            QStringLiteral("swarm"),
            QStringLiteral("registries"),
            QStringLiteral("container-services"),
            QStringLiteral("functions"),
            QStringLiteral("apis"),
            QStringLiteral("batch"),
            QStringLiteral("monitoring"),
            QStringLiteral("pricing"),
            QStringLiteral("learn")};
}

} // namespace sloop::widgets
